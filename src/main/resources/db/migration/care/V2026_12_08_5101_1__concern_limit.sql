-- Each time a volunteer said "this person may be in danger" and an escalation was opened or joined, so
-- one person cannot flood staff with alerts: past hearth.care.concerns-per-hour within the last hour,
-- more are refused with whom to reach instead.
create table care_concern (
    id            uuid primary key,
    person_id     uuid        not null,
    escalation_id uuid        not null references care_escalation (id),
    raised_at     timestamptz not null
);
create index care_concern_person on care_concern (person_id, raised_at);

-- When staff were last told that a person reached the limit: at most once an hour, so a real
-- emergency during a flood still reaches a person without a flood of its own.
create table care_concern_limit_alert (
    person_id  uuid        primary key,
    alerted_at timestamptz not null
);
