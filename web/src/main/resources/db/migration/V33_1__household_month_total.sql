-- A household's month summed per rule, kind and cap key, moved with every entry appended (ADR 0261): scoring an event
-- reads these few rows where it summed the month's and the cap window's entries, one heap page each. A veto entry
-- keeps a row of its own (veto_id, with what it reverses); the other kinds have veto_id 0. cap_key is '' for an entry
-- without one and '=' followed by the key otherwise, so that no key and an empty key stay two.
create table household_month_total (
    village_id        bigint       not null references village (id),
    household_id      bigint       not null,
    score_month       varchar(7)   not null,
    rule              varchar(200) not null,
    kind              varchar(10)  not null,
    cap_key           varchar(201) not null,
    veto_id           bigint       not null,
    reverses_award_id bigint,
    points            bigint       not null,
    entries           bigint       not null,
    primary key (village_id, household_id, score_month, rule, kind, cap_key, veto_id),
    foreign key (household_id, village_id) references household (id, village_id)
);
insert into household_month_total (village_id, household_id, score_month, rule, kind, cap_key, veto_id,
        reverses_award_id, points, entries)
    select village_id, household_id, score_month, rule, kind,
        case when cap_key is null then '' else '=' || cap_key end,
        case when kind = 'VETO' then id else 0 end,
        max(case when kind = 'VETO' then reverses_award_id end), sum(points), count(*)
    from award
    group by village_id, household_id, score_month, rule, kind, case when cap_key is null then '' else '=' || cap_key end,
        case when kind = 'VETO' then id else 0 end;
