-- Star households (issue 12): each village's star levels, from a quarter's or a year's points.
create table star_scheme (
    village_id        bigint       not null primary key references village (id),
    period_kind       varchar(10)  not null,
    levels            varchar(100) not null,
    veto_removes_star boolean      not null,
    red_list_size     integer      not null,
    help_list_size    integer      not null,
    changed_by        varchar(40)  not null,
    changed_at        timestamp with time zone not null
);
