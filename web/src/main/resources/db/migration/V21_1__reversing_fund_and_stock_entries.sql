-- Corrections of mistyped fund entries and stock receipts (outside tryout F5, ADR 0151): a reversing entry (冲红)
-- names the entry it takes back; nothing is edited or deleted, and each entry is reversed at most once.
alter table fund_entry add column reverses_id bigint references fund_entry (id);
create unique index fund_entry_reversed_once on fund_entry (reverses_id);

alter table stock_movement add column reverses_id bigint references stock_movement (id);
create unique index stock_movement_reversed_once on stock_movement (reverses_id);
-- The purchase whose goods a receipt is: reversing the purchase takes the goods back out with the money.
alter table stock_movement add column fund_entry_id bigint references fund_entry (id);
