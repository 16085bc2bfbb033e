-- One plan version governs a month (issue 10, ADR 0055). An activation says from which month its version applies;
-- the version that governs a month is the one of the latest activation whose from_month is at or before it, and a
-- from_month of null (a village's first activation, unless it named a month) reaches back to every month.
-- Same dialect subset as V1: it runs on H2 (MODE=PostgreSQL) and PostgreSQL.
alter table plan_activation add column from_month varchar(7);

-- Activations made before this migration scored the events recorded after them, whatever their month. The nearest
-- schedule: a village's first activation governs every month, each later one from the month it was made in
-- (Beijing time), so that a month is governed by the version that was active at its end.
update plan_activation set from_month = to_char(activated_at at time zone 'Asia/Shanghai', 'YYYY-MM')
    where id not in (select min(first.id) from plan_activation first group by first.village_id);

create index plan_activation_by_village on plan_activation (village_id, id);

-- Which version is active, scheduled or retired now follows from the activations and today's month, so it is no
-- longer stored beside them where it could go stale when a month turns.
alter table rule_set drop column status;
alter table village drop column active_rule_set_id;
