-- Failed-login lock-outs every application node honours (ADR 0160): a username or address locked out on one node is
-- refused on all of them. Failures are counted in each node's memory; only the lock-outs themselves are shared.
-- Ends are wall-clock milliseconds, because a node's monotonic ticker means nothing to another node.
create table login_lockout (
    lockout_key     varchar(80) primary key,
    locked_until_ms bigint      not null,
    lockouts        integer     not null
);
