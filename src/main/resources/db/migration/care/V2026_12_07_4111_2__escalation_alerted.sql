-- Who each escalation alerted: with the people on duty, the raising volunteer's lead and staff, they
-- are the ones who may acknowledge it and record its outcome.
create table care_escalation_alerted (
    escalation_id uuid not null references care_escalation (id),
    person_id     uuid not null,
    primary key (escalation_id, person_id)
);
create index care_escalation_alerted_person on care_escalation_alerted (person_id);
