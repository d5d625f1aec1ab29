-- The organisation's shared spaces (Discord channels, forum sections, meeting links), listed by
-- admins for a role and, if they choose, one program; each person's home page shows theirs.
create table shared_space (
    id          uuid primary key,
    name        varchar(80)  not null,
    kind        varchar(20)  not null,
    url         varchar(300) not null,
    description varchar(300) not null,
    role        varchar(20)  not null,
    program_id  uuid references program (id),
    position    integer      not null,
    version     bigint       not null
);

-- Announcements staff post to a role and, if they choose, one program. Shown until their last
-- day unless withdrawn; notified_at marks that the audience was told, so a redelivered event
-- never tells anyone twice.
create table announcement (
    id           uuid primary key,
    title        varchar(120)  not null,
    body         varchar(4000) not null,
    role         varchar(20)   not null,
    program_id   uuid references program (id),
    posted_by    uuid          not null references person (id),
    posted_at    timestamptz   not null,
    last_day     date          not null,
    withdrawn_at timestamptz,
    withdrawn_by uuid references person (id),
    notified_at  timestamptz,
    version      bigint        not null
);
create index announcement_current on announcement (last_day desc, posted_at desc) where withdrawn_at is null;
