-- Applications to program roles and the onboarding gates before activation: courses with lessons
-- and quizzes, background checks, policy acknowledgements and the applicant's age confirmation.
create table application (
    id                   uuid primary key,
    person_id            uuid         not null references person (id),
    program_role_id      uuid         not null references program_role (id),
    commitment_months    integer      not null check (commitment_months between 1 and 60),
    commitment_frequency varchar(120) not null,
    availability         text         not null,
    languages            varchar(200) not null,
    time_zone            varchar(60)  not null,
    motivation           text         not null,
    age_confirmed        boolean,
    status               varchar(20)  not null,
    status_reason        text,
    submitted_at         timestamptz  not null,
    decided_at           timestamptz,
    version              bigint       not null
);
create index application_person on application (person_id);
create index application_status on application (status);
-- One open application per person and role.
create unique index application_one_open on application (person_id, program_role_id)
    where status in ('SUBMITTED', 'ONBOARDING');

create table course (
    id          uuid primary key,
    name        varchar(120) not null,
    description text         not null,
    pass_mark   integer      not null check (pass_mark between 1 and 100),
    lessons     text         not null,
    quiz        text         not null,
    created_at  timestamptz  not null,
    version     bigint       not null
);
create unique index course_name_key on course (lower(name));

create table course_attempt (
    id           uuid primary key,
    course_id    uuid        not null references course (id),
    person_id    uuid        not null references person (id),
    correct      integer     not null,
    total        integer     not null,
    passed       boolean     not null,
    attempted_at timestamptz not null
);
create index course_attempt_person on course_attempt (person_id, course_id);

-- Background checks: each recording is a new row; the newest is the person's current check.
create table background_check (
    id                 uuid primary key,
    person_id          uuid        not null references person (id),
    status             varchar(20) not null,
    provider_reference varchar(120),
    expires_on         date,
    recorded_at        timestamptz not null,
    recorded_by        varchar(320) not null
);
create index background_check_person on background_check (person_id, recorded_at desc);
create index background_check_reference on background_check (provider_reference);

-- Provider deliveries already taken, so a replayed one is refused.
create table background_check_delivery (
    delivery_id varchar(120) primary key,
    received_at timestamptz  not null
);

create table policy_acknowledgement (
    person_id       uuid        not null references person (id),
    policy_key      varchar(60) not null,
    version_number  integer     not null,
    acknowledged_at timestamptz not null,
    primary key (person_id, policy_key, version_number)
);

-- Renewal reminders already sent, so each goes once.
create table renewal_notice (
    person_id uuid         not null references person (id),
    subject   varchar(200) not null,
    due_on    date         not null,
    sent_at   timestamptz  not null,
    primary key (person_id, subject, due_on)
);

create table onboarding_job_run (
    job        varchar(60) not null,
    slot       date        not null,
    claimed_at timestamptz not null,
    primary key (job, slot)
);
