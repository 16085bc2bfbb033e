-- Each selection of a year's demonstration base names the selection it follows (0 for the year's first), and no two
-- may follow the same one: two township admins selecting at the same moment cannot both be recorded as the year's
-- base (ADR 0154). Earlier selections are chained in the order they were recorded.
alter table demonstration_base add column previous_id bigint default 0 not null;
update demonstration_base b set previous_id = coalesce((select max(p.id) from demonstration_base p
    where p.base_year = b.base_year and p.id < b.id), 0);
create unique index demonstration_base_one_after_another on demonstration_base (base_year, previous_id);
