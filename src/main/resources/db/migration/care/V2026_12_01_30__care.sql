-- Crisis lines and professional services by country and language. country is an ISO 3166-1
-- alpha-2 code, or null for a service that serves everywhere (the international fallback);
-- language is an ISO 639-1 code, or null for any language.
create table care_crisis_resource (
    id          uuid primary key,
    country     varchar(2),
    language    varchar(8),
    name        varchar(160) not null,
    phone       varchar(40),
    text_number varchar(40),
    url         varchar(300),
    hours       varchar(120) not null,
    description varchar(1000) not null,
    checked_on  date         not null,
    version     bigint       not null,
    constraint care_crisis_resource_reachable check (phone is not null or text_number is not null or url is not null)
);
create index care_crisis_resource_country on care_crisis_resource (country);

-- The starting set: long-published national numbers, each reviewed on the date given. Admins re-check
-- each entry against the service's own site and update its date in the web app.
insert into care_crisis_resource (id, country, language, name, phone, text_number, url, hours, description, checked_on, version) values
('6c1f0d1e-7a3b-4c55-9d0e-000000000001', 'US', 'en', '988 Suicide & Crisis Lifeline', '988', '988', 'https://988lifeline.org',
 '24 hours, every day', 'Free, confidential support for anyone in suicidal crisis or emotional distress. Call or text 988, or chat online.', date '2026-12-01', 0),
('6c1f0d1e-7a3b-4c55-9d0e-000000000002', 'US', 'es', '988 Lifeline en español', '988', null, 'https://988lifeline.org',
 '24 hours, every day', 'Apoyo gratuito y confidencial en español: llama al 988 y marca el 2.', date '2026-12-01', 0),
('6c1f0d1e-7a3b-4c55-9d0e-000000000003', 'CA', null, '9-8-8 Suicide Crisis Helpline', '988', '988', 'https://988.ca',
 '24 hours, every day', 'Call or text 9-8-8 anywhere in Canada, in English or French, for support when thinking about suicide.', date '2026-12-01', 0),
('6c1f0d1e-7a3b-4c55-9d0e-000000000004', 'GB', 'en', 'Samaritans', '116 123', null, 'https://www.samaritans.org',
 '24 hours, every day', 'Free to call from any phone in the UK; someone will listen to whatever you are going through.', date '2026-12-01', 0),
('6c1f0d1e-7a3b-4c55-9d0e-000000000005', 'IE', 'en', 'Samaritans Ireland', '116 123', null, 'https://www.samaritans.org',
 '24 hours, every day', 'Free to call from any phone in Ireland; someone will listen to whatever you are going through.', date '2026-12-01', 0),
('6c1f0d1e-7a3b-4c55-9d0e-000000000006', 'AU', 'en', 'Lifeline Australia', '13 11 14', null, 'https://www.lifeline.org.au',
 '24 hours, every day', 'Crisis support and suicide prevention for anyone in Australia: call, or chat online.', date '2026-12-01', 0),
('6c1f0d1e-7a3b-4c55-9d0e-000000000007', 'NZ', 'en', '1737, Need to talk?', '1737', '1737', 'https://1737.org.nz',
 '24 hours, every day', 'Free call or text 1737 in New Zealand to talk with a trained counsellor.', date '2026-12-01', 0),
('6c1f0d1e-7a3b-4c55-9d0e-000000000008', null, null, 'Find A Helpline', null, null, 'https://findahelpline.com',
 'Depends on the line', 'A directory of free, confidential helplines around the world: choose your country to find a line near you.', date '2026-12-01', 0);

-- A community member, pseudonymously: the platform and their handle there, and nothing else required.
create table care_member (
    id         uuid primary key,
    platform   varchar(40)  not null,
    handle     varchar(200) not null,
    country    varchar(2),
    language   varchar(8),
    time_zone  varchar(60),
    first_seen timestamptz  not null,
    version    bigint       not null,
    unique (platform, handle)
);

-- When a lead volunteer is on duty: weekly hours in their own time zone (end may pass midnight).
create table care_duty_hours (
    id          uuid primary key,
    person_id   uuid        not null,
    day_of_week smallint    not null check (day_of_week between 1 and 7),
    starts      time        not null,
    ends        time        not null,
    time_zone   varchar(60) not null,
    check (starts <> ends)
);
create index care_duty_hours_person on care_duty_hours (person_id);

-- One-off changes to the weekly hours: on duty for a stretch, or away for one.
create table care_duty_change (
    id        uuid primary key,
    person_id uuid         not null,
    starts_at timestamptz  not null,
    ends_at   timestamptz  not null,
    on_duty   boolean      not null,
    note      varchar(200),
    check (ends_at > starts_at)
);
create index care_duty_change_when on care_duty_change (ends_at);

-- A member who may be in danger, from the first alert to the outcome.
create table care_escalation (
    id              uuid primary key,
    reference       bigserial    not null unique,
    trigger_kind    varchar(30)  not null check (trigger_kind in ('SCREENING', 'REPORT', 'VOLUNTEER_CONCERN')),
    trigger_ref     varchar(80)  unique,
    member_id       uuid         not null references care_member (id),
    raised_by       uuid,
    summary         text         not null,
    excerpt         text,
    severity        varchar(10)  not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status          varchar(20)  not null check (status in ('OPEN', 'ACKNOWLEDGED', 'CLOSED')),
    rung            varchar(20)  not null check (rung in ('ON_DUTY', 'STAFF', 'ADMINS')),
    rung_since      timestamptz  not null,
    opened_at       timestamptz  not null,
    acknowledged_by uuid,
    acknowledged_at timestamptz,
    outcome         varchar(30),
    outcome_note    text,
    closed_by       uuid,
    closed_at       timestamptz,
    version         bigint       not null
);
create index care_escalation_due on care_escalation (status, rung_since);

-- Every step of an escalation, in order: the ladder shown on its page.
create table care_escalation_step (
    id            bigserial primary key,
    escalation_id uuid         not null references care_escalation (id),
    at            timestamptz  not null,
    kind          varchar(30)  not null,
    detail        text         not null
);
create index care_escalation_step_of on care_escalation_step (escalation_id, id);

-- Replies to members, waiting for their platform's integration to carry them; the web shows what was sent.
create table care_outbox (
    id            uuid primary key,
    escalation_id uuid         not null references care_escalation (id),
    platform      varchar(40)  not null,
    handle        varchar(200) not null,
    text          text         not null,
    queued_at     timestamptz  not null,
    sent_at       timestamptz
);
create index care_outbox_waiting on care_outbox (platform, queued_at) where sent_at is null;

-- A volunteer who may be struggling, shown to staff until someone reached out.
create table care_distress (
    id              uuid primary key,
    volunteer_id    uuid         not null,
    lead_id         uuid,
    reason          varchar(30)  not null check (reason in ('OWN_CRISIS_MESSAGE', 'NOT_SAFE_ON_DEBRIEF')),
    trigger_ref     varchar(80)  unique,
    raised_at       timestamptz  not null,
    reached_out_by  uuid,
    reached_out_at  timestamptz,
    note            text,
    version         bigint       not null
);
create index care_distress_open on care_distress (raised_at) where reached_out_at is null;
