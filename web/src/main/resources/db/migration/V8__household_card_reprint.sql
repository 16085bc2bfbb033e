-- Household cards can be printed again (ADR 0036): the card keeps its token, so a lost printout or a whole villager
-- group's cards can be reprinted without revoking the links households already have. Links are still looked up by
-- their SHA-256. Cards issued before this migration have no token kept and can only be renewed.
alter table household_card add column token varchar(32);
