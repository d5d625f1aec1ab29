-- Milestones a volunteer reached (a first month of service, hours served, a commitment
-- fulfilled), each once: the key is the volunteer, the kind and what was reached (the hours,
-- or the enrolment). The lead's note of thanks is kept with it.
create table milestone (
    id           uuid primary key,
    volunteer_id uuid         not null references person (id),
    lead_id      uuid references person (id),
    kind         varchar(30)  not null,
    detail       varchar(60)  not null,
    title        varchar(200) not null,
    reached_on   date         not null,
    note         varchar(1000),
    note_by      uuid references person (id),
    note_at      timestamptz,
    version      bigint       not null,
    unique (volunteer_id, kind, detail)
);
create index milestone_reached on milestone (reached_on);
create index milestone_lead on milestone (lead_id, reached_on);

-- The daily job's claim: the first instance to insert the day's row looks for milestones.
create table recognition_job_run (
    job        varchar(60) not null,
    slot       date        not null,
    claimed_at timestamptz not null,
    primary key (job, slot)
);
