-- Unsuccessful sign-ins and registrations, counted per account and per address, in the
-- database so the limit holds across instances. A key is 'account:<e-mail>', 'address:<ip>' or
-- 'register:<ip>'; a count starts afresh when its window has passed.
create table throttle (
    key           varchar(400) primary key,
    count         int          not null,
    window_start  timestamptz  not null,
    locked_until  timestamptz
);
create index throttle_window on throttle (window_start);
