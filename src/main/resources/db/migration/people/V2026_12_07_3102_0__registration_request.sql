-- A registration waits here until its e-mail's owner opens the link sent to it, so that the
-- registration form never says whether an address already has an account and nobody holds an
-- account under an address they cannot read. Only a hash of the link's token is kept, and the
-- password only as its hash.
create table registration_request (
    token_hash    char(64) primary key,
    email         varchar(320) not null,
    display_name  varchar(120) not null,
    password_hash varchar(200) not null,
    requested_at  timestamptz  not null,
    expires_at    timestamptz  not null,
    used_at       timestamptz
);
create index registration_request_expiry on registration_request (expires_at);
