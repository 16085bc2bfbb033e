-- What one node of several on one database does once for all of them (ADR 0190): the first start's demo load.
-- A row is the claim; the primary key makes a second claim fail, whichever node tries.
create table start_up_claim (
    what       varchar(40)              not null primary key,
    claimed_at timestamp with time zone not null
);
