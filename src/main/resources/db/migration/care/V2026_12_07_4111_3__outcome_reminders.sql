-- An escalation someone acknowledged but left without an outcome is chased: first the person who
-- has it is reminded, then staff. outcome_reminders counts the reminders sent, reminded_at is when
-- the last one went.
alter table care_escalation add column outcome_reminders smallint not null default 0;
alter table care_escalation add column reminded_at timestamptz;
create index care_escalation_unrecorded on care_escalation (acknowledged_at) where status = 'ACKNOWLEDGED';
