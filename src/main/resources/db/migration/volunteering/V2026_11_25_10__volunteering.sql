-- Volunteers in service: enrolments with exactly one lead volunteer, the history of who led whom,
-- lead volunteers' capacity and cover, the service volunteers log, and each volunteer's record.
create table lead_profile (
    lead_id        uuid primary key references person (id),
    program_id     uuid         not null references program (id),
    capacity       integer      not null check (capacity between 0 and 100),
    languages      varchar(200) not null,
    time_zone      varchar(60)  not null,
    away_until     date,
    cover_lead_id  uuid references person (id),
    stepped_down_at timestamptz,
    version        bigint       not null
);

create table enrolment (
    id                   uuid primary key,
    person_id            uuid         not null references person (id),
    application_id       uuid         not null unique,
    program_id           uuid         not null references program (id),
    program_role_id      uuid         not null references program_role (id),
    commitment_months    integer      not null,
    commitment_frequency varchar(120) not null,
    languages            varchar(200) not null,
    time_zone            varchar(60)  not null,
    state                varchar(20)  not null,
    lead_id              uuid references person (id),
    started_on           date         not null,
    commitment_ends_on   date         not null,
    paused_until         date,
    pause_reminded_on    date,
    commitment_prompted_on date,
    end_reason           text,
    ended_at             timestamptz,
    version              bigint       not null,
    -- An active or paused volunteer always has a lead.
    constraint enrolment_in_service_has_lead check (state not in ('ACTIVE', 'PAUSED') or lead_id is not null),
    constraint enrolment_paused_has_end check (state <> 'PAUSED' or paused_until is not null)
);
create index enrolment_person on enrolment (person_id);
create index enrolment_lead on enrolment (lead_id) where state in ('ACTIVE', 'PAUSED');

-- Who led whom, and when: rows are closed, never removed.
create table lead_assignment (
    id           uuid primary key,
    enrolment_id uuid        not null references enrolment (id),
    lead_id      uuid        not null references person (id),
    from_at      timestamptz not null,
    to_at        timestamptz,
    reason       text        not null
);
create index lead_assignment_enrolment on lead_assignment (enrolment_id);
create unique index lead_assignment_one_current on lead_assignment (enrolment_id) where to_at is null;

create table service_entry (
    id           uuid primary key,
    enrolment_id uuid          not null references enrolment (id),
    served_on    date          not null,
    amount       numeric(6, 2) not null check (amount > 0),
    unit         varchar(20)   not null,
    note         text          not null,
    status       varchar(20)   not null,
    logged_at    timestamptz   not null,
    decided_by   uuid references person (id),
    decided_at   timestamptz,
    version      bigint        not null
);
create index service_entry_enrolment on service_entry (enrolment_id);

create table service_record (
    id        bigserial primary key,
    person_id uuid        not null references person (id),
    at        timestamptz not null,
    kind      varchar(40) not null,
    text      text        not null
);
create index service_record_person on service_record (person_id, at desc);

-- A scheduled job claims its slot (a day) here; the instance whose insert succeeds runs it.
create table volunteering_job_run (
    job        varchar(60) not null,
    slot       date        not null,
    claimed_at timestamptz not null,
    primary key (job, slot)
);
