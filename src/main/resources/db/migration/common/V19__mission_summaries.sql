-- A completed mission's published summary (practices and lessons): the knowledge hub lists them; staff feature some.
create table mission_summary (
    mission_id    bigint         not null primary key references mission (id) on delete cascade,
    version       bigint         not null,
    topic_id      bigint         not null,
    summary       varchar(10000) not null,
    summary_html  varchar(40000) not null,
    published_by  bigint         not null,
    published_at  timestamp(6) with time zone not null,
    featured      boolean        not null
);
create index ix_mission_summary_featured on mission_summary (featured, published_at);
