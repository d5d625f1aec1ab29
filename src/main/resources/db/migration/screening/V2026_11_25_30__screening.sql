-- Phrases admins add to a screening category, or allow in it, on top of the shipped rules.
create table screening_phrase (
    id         uuid primary key,
    category   varchar(40)  not null,
    kind       varchar(10)  not null check (kind in ('ADDED', 'ALLOWED')),
    phrase     varchar(200) not null,
    created_at timestamptz  not null,
    created_by varchar(320) not null
);
create unique index screening_phrase_key on screening_phrase (category, kind, lower(phrase));

-- Bumped on every change, so every instance picks up the new rules without a restart.
create table screening_revision (
    id       integer primary key check (id = 1),
    revision bigint  not null
);
insert into screening_revision (id, revision) values (1, 0);
