-- Trainings and lead meetings: each occurrence of a monthly series is a row of its own, sharing
-- the series id. Online ones have a link, others a place; never both.
create table gathering (
    id                   uuid primary key,
    series_id            uuid          not null,
    kind                 varchar(20)   not null,
    title                varchar(150)  not null,
    description          text          not null,
    starts_at            timestamptz   not null,
    minutes              integer       not null check (minutes between 15 and 480),
    time_zone            varchar(60)   not null,
    online_link          varchar(500),
    place                varchar(300),
    program_id           uuid references program (id),
    invites_volunteers   boolean       not null,
    invites_leads        boolean       not null,
    invites_staff        boolean       not null,
    host_id              uuid references person (id),
    scheduled_by         uuid          not null references person (id),
    scheduled_at         timestamptz   not null,
    cancelled_at         timestamptz,
    attendance_taken_at  timestamptz,
    attendance_taken_by  uuid references person (id),
    version              bigint        not null,
    check ((online_link is null) <> (place is null))
);
create index gathering_starts on gathering (starts_at);
create index gathering_series on gathering (series_id);

-- Who is invited, what they answered and whether they took part. offered_after names the
-- gathering they missed when this one was offered to them as the next; next_offered says, for
-- someone who missed this one, whether the next was offered.
create table gathering_invitation (
    gathering_id  uuid         not null references gathering (id),
    person_id     uuid         not null references person (id),
    answer        varchar(10),
    answered_at   timestamptz,
    attendance    varchar(10),
    offered_after uuid references gathering (id),
    next_offered  boolean      not null,
    invited_at    timestamptz  not null,
    primary key (gathering_id, person_id)
);
create index gathering_invitation_person on gathering_invitation (person_id);
create index gathering_invitation_missed on gathering_invitation (attendance, next_offered);

-- What leads and staff took from a lead meeting; read by leads and staff only.
create table gathering_reflection (
    id           uuid primary key,
    gathering_id uuid         not null references gathering (id),
    author_id    uuid         not null references person (id),
    text         text         not null,
    written_at   timestamptz  not null
);
create index gathering_reflection_of on gathering_reflection (gathering_id, written_at);
