-- Spring Modulith event publication registry (JPA): events between modules survive a crash.
create table event_publication (
    id                     uuid         not null primary key,
    publication_date       timestamp(6) with time zone not null,
    listener_id            varchar(512) not null,
    serialized_event       varchar(8000) not null,
    event_type             varchar(512) not null,
    completion_date        timestamp(6) with time zone,
    last_resubmission_date timestamp(6) with time zone,
    completion_attempts    integer      not null,
    status                 varchar(32)
);
create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);

create table event_publication_archive (
    id                     uuid         not null primary key,
    publication_date       timestamp(6) with time zone not null,
    listener_id            varchar(512) not null,
    serialized_event       varchar(8000) not null,
    event_type             varchar(512) not null,
    completion_date        timestamp(6) with time zone,
    last_resubmission_date timestamp(6) with time zone,
    completion_attempts    integer      not null,
    status                 varchar(32)
);
