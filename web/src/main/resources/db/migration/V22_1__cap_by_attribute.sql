-- A rule's cap kept apart per value of an event attribute (ADR 0155, 「每人一次」): the attribute the version writes,
-- and with each award the value it counts under. Both null for every rule and award before.
alter table rule_set_rule add column cap_by varchar(40);
alter table award add column cap_key varchar(200);
