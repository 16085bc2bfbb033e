-- What a village's events are checked against besides its households (its plan activations and finalised months)
-- changes rarely and is read by every event: a counter moved by each such change lets a node keep them in memory
-- and check in one read, on the village row its events share-lock anyway, that they still stand (ADR 0204).
alter table village add column reference_version bigint default 0 not null;
