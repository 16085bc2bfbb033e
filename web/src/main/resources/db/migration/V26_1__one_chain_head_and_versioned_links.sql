-- Integrity in one place (ADR 0180, 0181). Every hash chain keeps its end in one table, chain_head, keyed by the
-- chain's name and whose it is (a village's id, 0 for the township's audit log): the points ledger's heads
-- (ledger_head) and the audit log's (audit_head) move here unchanged, and each village gets an evidence chain.
-- Each entry stores the format its link was computed in: 1 for every entry written so far (the first format), 2 for
-- the length-prefixed one new entries get, so chains written before still verify. Adding the column fills the rows
-- there are with 1; from then on a row inserted without it is taken to be of the current format, 2.
-- Same dialect subset as V1: it runs on H2 (MODE=PostgreSQL) and PostgreSQL.

create table chain_head (
    chain_name varchar(20) not null,
    owner_id   bigint      not null,
    last_seq   bigint      not null,
    last_hash  varchar(64) not null,
    primary key (chain_name, owner_id)
);
insert into chain_head (chain_name, owner_id, last_seq, last_hash)
    select 'ledger', village_id, last_seq, last_hash from ledger_head;
insert into chain_head (chain_name, owner_id, last_seq, last_hash)
    select 'audit', 0, last_seq, last_hash from audit_head;
insert into chain_head (chain_name, owner_id, last_seq, last_hash)
    select 'evidence', id, 0, '' from village;
drop table ledger_head;
drop table audit_head;

alter table award add column chain_format integer not null default 1;
alter table points_entry add column chain_format integer not null default 1;
alter table audit_entry add column chain_format integer not null default 1;
alter table award alter column chain_format set default 2;
alter table points_entry alter column chain_format set default 2;
alter table audit_entry alter column chain_format set default 2;

-- Evidence joins the chain: stored evidence is linked, oldest first, when the service starts.
alter table event_evidence add column chain_seq bigint;
alter table event_evidence add column chain_hash varchar(64);
alter table event_evidence add column chain_format integer not null default 2;
create unique index event_evidence_chain_position on event_evidence (village_id, chain_seq);
