-- How many ledger entries each month of a village holds (ADR 0219): moved by every append of awards in the same
-- transaction, under the village's chain head, so that recording is refused past a bound without counting the month.
create table ledger_month_count (
    village_id  bigint     not null references village (id),
    score_month varchar(7) not null,
    entries     bigint     not null,
    primary key (village_id, score_month)
);
insert into ledger_month_count (village_id, score_month, entries)
    select village_id, score_month, count(*) from award group by village_id, score_month;

-- A household's month is read a page at a time in entry order (ADR 0220): the index holds that order, so a page
-- reads its own rows and no more, however many entries the month holds.
drop index award_by_household_month;
create index award_by_household_month on award (village_id, household_id, score_month, id);
