-- The answer to recording an event says what each award counts in the household's month and what the month holds
-- after it (ADR 0058). Kept as answered, as JSON {counted: [..], month: {base, bonus, total, vetoed, gained}}, so
-- that a repeat of the request answers exactly the same; null for events recorded before this migration.
alter table behaviour_event add column answered text;
