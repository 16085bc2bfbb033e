-- The audit log is chained by hash like the points ledger (ADR 0037): each entry's hash covers its content and the
-- hash before it, so a row changed or removed behind the service's back shows in GET /api/township/audit-log/verify.
-- One chain for the township: administrative acts are few, so taking turns on its head costs nothing noticeable.
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column chain_hash varchar(64);
alter table audit_entry add constraint audit_entry_chain_seq_unique unique (chain_seq);

create table audit_head (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash) values (1, 0, '');
