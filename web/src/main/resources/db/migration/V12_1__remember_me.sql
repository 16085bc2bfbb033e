-- Remember-me for the pages (ADR 0061): Spring Security's persistent tokens, one row per signed-in device, each token
-- replaced at every use so a stolen cookie shows as a theft; signing out deletes the user's rows.
create table persistent_logins (
    username  varchar(64) not null,
    series    varchar(64) primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);
create index persistent_logins_username on persistent_logins (username);
