-- The tamper-evident ledger: each village's award entries chained by hash, in order, without gaps.
alter table award add column chain_seq bigint;
alter table award add column chain_hash varchar(64);
create unique index award_chain_position on award (village_id, chain_seq);

create table ledger_head (
    village_id bigint      not null primary key references village (id),
    last_seq   bigint      not null,
    last_hash  varchar(64) not null
);
-- Villages registered before the chain existed start with an empty head; their entries are chained at start-up.
insert into ledger_head (village_id, last_seq, last_hash) select id, 0, '' from village;
