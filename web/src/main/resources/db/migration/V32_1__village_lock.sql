-- Each village's own row for the locks of its acts and the version of its plan activations and finalised months
-- (ADR 0227): every recorded event share-locks it, activations, month-ends, finalisations and the village's other
-- serialised acts take it for update. It was the village's row in `village`, a reference table on Citus, where a row
-- lock is taken on every node and serialises the villages; this table is distributed by village with the rest.
create table village_lock (
    village_id        bigint not null references village (id),
    reference_version bigint default 0 not null,
    primary key (village_id)
);
insert into village_lock (village_id, reference_version) select id, reference_version from village;
alter table village drop column reference_version;
