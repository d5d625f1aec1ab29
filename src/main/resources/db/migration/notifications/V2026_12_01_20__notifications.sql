-- What Hearth told each person: stored in the same transaction as the change that caused it,
-- before any e-mail goes out, and shown in the person's in-app list.
create table notification (
    id           uuid primary key,
    recipient_id uuid          not null references person (id),
    topic        varchar(20)   not null,
    urgency      varchar(20)   not null,
    subject      varchar(300)  not null,
    body         text          not null,
    link         varchar(1000),
    -- How it reaches the person beyond the in-app list: IN_APP, EMAIL (at once) or DIGEST.
    delivery     varchar(20)   not null,
    created_at   timestamptz   not null,
    read_at      timestamptz,
    -- For DIGEST: when it went out in a daily digest.
    digested_at  timestamptz
);
create index notification_recipient on notification (recipient_id, created_at desc);
create index notification_unread on notification (recipient_id) where read_at is null;
create index notification_digest_due on notification (recipient_id) where delivery = 'DIGEST' and digested_at is null;

-- E-mails waiting to go out. Any instance may claim one (select ... for update skip locked), so each
-- is sent once however many instances share the database; a failure is retried later, with backoff.
create table mail_outbox (
    id              uuid primary key,
    recipient_id    uuid          not null references person (id),
    notification_id uuid references notification (id),
    to_address      varchar(320)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    created_at      timestamptz   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      text,
    sent_at         timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;

-- How each person wants to hear about each topic; without a row, e-mail at once.
create table notification_preference (
    person_id uuid        not null references person (id),
    topic     varchar(20) not null,
    delivery  varchar(20) not null,
    primary key (person_id, topic)
);

-- One row a day for the daily digest, claimed by the first instance to insert it.
create table notification_job_run (
    job        varchar(60) not null,
    slot       date        not null,
    claimed_at timestamptz not null,
    primary key (job, slot)
);
