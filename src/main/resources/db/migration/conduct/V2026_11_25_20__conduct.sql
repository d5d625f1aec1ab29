-- The conduct desk: reports, the cases they join, decisions, appeals, warnings, debrief requests and
-- feedback. People are referred to by id only; the people module owns them.

-- A case about one subject (a volunteer, a community member or a conversation) that staff review.
create table conduct_case (
    id           uuid primary key,
    reference    bigserial    not null unique,
    subject_kind varchar(20)  not null check (subject_kind in ('VOLUNTEER', 'MEMBER', 'CONVERSATION')),
    volunteer_id uuid,
    subject_ref  varchar(300),
    title        varchar(200) not null,
    severity     varchar(10)  not null check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status       varchar(20)  not null,
    assignee_id  uuid,
    opened_at    timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null,
    constraint conduct_case_subject check ((subject_kind = 'VOLUNTEER') = (volunteer_id is not null))
);
create index conduct_case_queue on conduct_case (status, severity, opened_at);
create index conduct_case_volunteer on conduct_case (volunteer_id);

-- What someone (or screening) reported. The reporter sees its status, never the case.
create table conduct_report (
    id               uuid primary key,
    case_id          uuid references conduct_case (id),
    debrief_id       uuid,
    source           varchar(20)  not null check (source in ('PERSON', 'SCREENING', 'WARNINGS')),
    reporter_id      uuid,
    reporter_role    varchar(20),
    subject_kind     varchar(20)  not null,
    volunteer_id     uuid,
    subject_ref      varchar(300),
    category         varchar(40)  not null,
    what_happened    text         not null,
    excerpts         text,
    links            text,
    happened_at      timestamptz,
    reporter_safe    boolean      not null,
    named_to_subject boolean      not null,
    screening_id     uuid unique,
    filed_at         timestamptz  not null
);
create index conduct_report_reporter on conduct_report (reporter_id);
create index conduct_report_case on conduct_report (case_id);

-- Everything that happened on a case, in order: notes, evidence, assignments, escalations,
-- reopenings, reads of the file stay in the audit log. Rows are only ever added.
create table conduct_case_entry (
    id         bigserial primary key,
    case_id    uuid         not null references conduct_case (id),
    kind       varchar(20)  not null,
    text       text         not null,
    by_id      uuid,
    by_name    varchar(160) not null,
    at         timestamptz  not null
);
create index conduct_case_entry_case on conduct_case_entry (case_id, id);

-- Decisions: one outcome with a written rationale, by one staff member. Rows are only ever added;
-- reopening a case adds a later decision.
create table conduct_decision (
    id              uuid primary key,
    case_id         uuid         not null references conduct_case (id),
    outcome         varchar(30)  not null,
    rationale       text         not null,
    decided_by      uuid         not null,
    decided_by_name varchar(160) not null,
    decided_at      timestamptz  not null,
    on_appeal_of    uuid references conduct_decision (id),
    seq             bigserial    not null
);
create index conduct_decision_case on conduct_decision (case_id, decided_at);

-- What the volunteer said back: a response, or the one appeal a decision allows.
create table conduct_reply (
    id          uuid primary key,
    decision_id uuid        not null references conduct_decision (id),
    kind        varchar(10) not null check (kind in ('RESPONSE', 'APPEAL')),
    text        text        not null,
    by_id       uuid        not null,
    at          timestamptz not null,
    unique (decision_id, kind)
);

-- Warnings and platform-terms violations that count towards a staff review.
create table conduct_warning (
    id           uuid primary key,
    volunteer_id uuid        not null,
    case_id      uuid        not null references conduct_case (id),
    decision_id  uuid        not null references conduct_decision (id),
    kind         varchar(20) not null check (kind in ('WARNING', 'VIOLATION')),
    at           timestamptz not null
);
create index conduct_warning_volunteer on conduct_warning (volunteer_id, at);

create function conduct_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: decisions and case entries are added, never changed', tg_table_name;
end;
$$;
create trigger conduct_decision_append_only before update or delete on conduct_decision
    for each row execute function conduct_is_append_only();
create trigger conduct_case_entry_append_only before update or delete on conduct_case_entry
    for each row execute function conduct_is_append_only();
create trigger conduct_reply_append_only before update or delete on conduct_reply
    for each row execute function conduct_is_append_only();
create trigger conduct_warning_append_only before update or delete on conduct_warning
    for each row execute function conduct_is_append_only();

-- A debrief a volunteer asked for, routed to their lead (or the lead's cover) and tracked until held.
create table conduct_debrief (
    id           uuid primary key,
    volunteer_id uuid         not null,
    lead_id      uuid,
    reason       varchar(40)  not null,
    what         text         not null,
    status       varchar(20)  not null check (status in ('REQUESTED', 'HELD')),
    requested_at timestamptz  not null,
    held_at      timestamptz,
    held_by      uuid,
    version      bigint       not null
);
create index conduct_debrief_lead on conduct_debrief (lead_id, status);
create index conduct_debrief_volunteer on conduct_debrief (volunteer_id);

-- Private notes on a debrief: the lead and staff read them, nobody else.
create table conduct_debrief_note (
    id         bigserial primary key,
    debrief_id uuid         not null references conduct_debrief (id),
    text       text         not null,
    by_id      uuid         not null,
    by_name    varchar(160) not null,
    at         timestamptz  not null
);

-- Feedback from staff and leads on the quality of support, which the volunteer acknowledges and may answer.
create table conduct_feedback (
    id                    uuid primary key,
    volunteer_id          uuid         not null,
    author_id             uuid         not null,
    author_name           varchar(160) not null,
    text                  text         not null,
    sent_despite_concerns text,
    sent_at               timestamptz  not null,
    acknowledged_at       timestamptz,
    answer                text,
    answered_at           timestamptz,
    version               bigint       not null
);
create index conduct_feedback_volunteer on conduct_feedback (volunteer_id, sent_at desc);
