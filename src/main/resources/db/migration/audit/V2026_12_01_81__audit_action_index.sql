-- The audit page filters by action, newest first, and lists the actions there are: both read
-- this index instead of every entry.
create index audit_entry_action on audit_entry (action, id);
