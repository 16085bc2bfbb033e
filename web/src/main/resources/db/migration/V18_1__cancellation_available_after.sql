-- What a household had available once a cancelled redemption's points were back (outside tryout F6): the answer to
-- the cancellation and the receipt say it. Null for the cancellations recorded before.
alter table redemption_cancellation add column available_after integer;
