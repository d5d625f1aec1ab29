-- Links that let a volunteer who can no longer sign in (suspended or removed) respond to or appeal a
-- decision about them. Only a SHA-256 hash of the link's random token is kept; a link works once,
-- until it expires.
create table conduct_reply_link (
    token_hash   char(64)    primary key,
    decision_id  uuid        not null references conduct_decision (id),
    volunteer_id uuid        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index conduct_reply_link_decision on conduct_reply_link (decision_id);
