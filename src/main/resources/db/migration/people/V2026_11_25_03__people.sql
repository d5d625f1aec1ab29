-- People who sign in to Hearth, and the tokens that let them in.
create table person (
    id            uuid primary key,
    email         varchar(320) not null,
    display_name  varchar(120) not null,
    password_hash varchar(200),
    role          varchar(20)  not null,
    lead_type     varchar(40),
    access        varchar(20)  not null default 'ACTIVE',
    created_at    timestamptz  not null,
    version       bigint       not null,
    constraint person_lead_type_only_for_leads check ((role = 'LEAD') = (lead_type is not null))
);
create unique index person_email_key on person (lower(email));

-- One-time tokens to set a password: a reset asked for by e-mail, or the first admin's setup.
-- Only a hash of the token is kept.
create table password_token (
    token_hash char(64) primary key,
    person_id  uuid        not null references person (id),
    purpose    varchar(20) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_token_person on password_token (person_id);

-- The link printed on first start, before any admin exists.
create table setup_token (
    token_hash char(64) primary key,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

-- Personal API tokens for scripts; only a hash is kept.
create table api_token (
    id           uuid primary key,
    person_id    uuid         not null references person (id),
    name         varchar(80)  not null,
    token_hash   char(64)     not null unique,
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_person on api_token (person_id);
