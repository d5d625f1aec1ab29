-- The screening API's rate limit, one bucket per client shared by every instance (Bucket4j's
-- PostgreSQL layout). A bucket's row can be deleted once it would have refilled (expires_at, in
-- epoch milliseconds).
create table screening_rate_bucket (
    client     varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index screening_rate_bucket_expiry on screening_rate_bucket (expires_at);
