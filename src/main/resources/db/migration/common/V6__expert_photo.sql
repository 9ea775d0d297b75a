-- Profile photos, re-encoded as JPEG (at most 512 x 512, no metadata) before they are stored.
create table expert_photo (
    profile_id bigint not null primary key references expert_profile (id) on delete cascade,
    content    bytea  not null,
    updated_at timestamp(6) with time zone not null
);
