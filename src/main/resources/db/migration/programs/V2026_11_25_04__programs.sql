-- Programs, their roles with requirements and commitment, and versioned policy documents.
create table program (
    id          uuid primary key,
    name        varchar(120) not null,
    description text         not null,
    platform    varchar(20)  not null,
    created_at  timestamptz  not null,
    version     bigint       not null
);
create unique index program_name_key on program (lower(name));

create table program_role (
    id                              uuid primary key,
    program_id                      uuid         not null references program (id),
    name                            varchar(120) not null,
    description                     text         not null,
    commitment_months               integer      not null check (commitment_months between 1 and 60),
    commitment_frequency            varchar(120) not null,
    background_check_required       boolean      not null,
    background_check_validity_months integer     check (background_check_validity_months between 1 and 120),
    minimum_age                     integer      check (minimum_age between 13 and 120),
    created_at                      timestamptz  not null,
    version                         bigint       not null
);
create unique index program_role_name_key on program_role (program_id, lower(name));

create table program_role_course (
    program_role_id uuid         not null references program_role (id) on delete cascade,
    course          varchar(120) not null,
    primary key (program_role_id, course)
);

create table program_role_policy (
    program_role_id uuid        not null references program_role (id) on delete cascade,
    policy_key      varchar(60) not null,
    primary key (program_role_id, policy_key)
);

create table policy_document (
    id         uuid primary key,
    key        varchar(60)  not null unique,
    title      varchar(160) not null,
    created_at timestamptz  not null
);

create table policy_version (
    id                 uuid primary key,
    policy_document_id uuid         not null references policy_document (id),
    number             integer      not null,
    body               text         not null,
    summary_of_changes varchar(400) not null,
    published_at       timestamptz  not null,
    published_by       varchar(320) not null,
    unique (policy_document_id, number)
);
