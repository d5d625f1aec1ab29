-- Whose messages an admin's phrase applies to: a volunteer's, a member's, or both (as every
-- phrase did before). A self-harm phrase meant for volunteers must not turn a member's own
-- crisis into a hold.
alter table screening_phrase add column applies_to varchar(10) not null default 'BOTH'
    check (applies_to in ('VOLUNTEERS', 'MEMBERS', 'BOTH'));
