-- Positions held, and publications / links, on expert profiles.
create table expert_experience (
    profile_id   bigint        not null references expert_profile (id) on delete cascade,
    position     integer       not null,
    role         varchar(150)  not null,
    organisation varchar(150)  not null,
    country_code varchar(2),
    from_year    integer,
    to_year      integer,
    description  varchar(2000) not null,
    primary key (profile_id, position)
);

create table expert_link (
    profile_id bigint       not null references expert_profile (id) on delete cascade,
    position   integer      not null,
    kind       varchar(16)  not null,
    title      varchar(200) not null,
    url        varchar(500) not null,
    primary key (profile_id, position)
);
