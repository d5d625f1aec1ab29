-- Weekly check-ins: one per volunteer and week (named by its Monday), written by the volunteer
-- or logged by their lead after a conversation.
create table checkin (
    id            uuid primary key,
    volunteer_id  uuid          not null references person (id),
    week          date          not null,
    well_being    smallint      not null check (well_being between 1 and 5),
    hours         numeric(5, 2) not null check (hours >= 0 and hours <= 168),
    weighed       text          not null,
    boundaries    text          not null,
    wants_debrief boolean       not null,
    source        varchar(20)   not null,
    recorded_by   uuid          not null references person (id),
    recorded_at   timestamptz   not null,
    version       bigint        not null,
    unique (volunteer_id, week)
);

-- The gentle alerts raised about a volunteer's rhythm. One per volunteer, kind and period (a
-- week's Monday, a day, or the start of a silence), so the daily job never raises one twice.
create table checkin_alert (
    id           uuid primary key,
    volunteer_id uuid         not null references person (id),
    kind         varchar(30)  not null,
    period       date         not null,
    recipient_id uuid references person (id),
    subject      varchar(300) not null,
    raised_at    timestamptz  not null,
    unique (volunteer_id, kind, period)
);
create index checkin_alert_raised on checkin_alert (volunteer_id, raised_at);

-- The daily job's claim: the first instance to insert the day's row raises the day's alerts.
create table checkin_job_run (
    job        varchar(60) not null,
    slot       date        not null,
    claimed_at timestamptz not null,
    primary key (job, slot)
);
