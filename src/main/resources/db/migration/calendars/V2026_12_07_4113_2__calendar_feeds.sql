-- Each person's private calendar feed: only a fingerprint (SHA-256) of its secret address is
-- kept, so the address works for whoever holds it and a new one replaces it at once.
create table calendar_feed (
    person_id   uuid primary key references person (id),
    secret_hash varchar(64) not null unique,
    created_at  timestamptz not null
);
