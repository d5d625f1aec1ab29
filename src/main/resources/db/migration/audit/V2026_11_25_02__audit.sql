-- The audit log: who did what, when. Rows are only ever added.
create table audit_entry (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(320) not null,
    action       varchar(80)  not null,
    subject_type varchar(40)  not null,
    subject_id   varchar(80)  not null,
    details      text         not null
);
create index audit_entry_occurred on audit_entry (occurred_at desc);
create index audit_entry_subject on audit_entry (subject_type, subject_id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
