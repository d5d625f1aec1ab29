-- A warning an appeal turned into another outcome. Warnings stay append-only; this records,
-- also append-only, which appeal decision overturned one, so it shows as overturned and no
-- longer counts towards a review.
create table conduct_warning_overturned (
    warning_id  uuid primary key references conduct_warning (id),
    decision_id uuid        not null references conduct_decision (id),
    at          timestamptz not null
);
create trigger conduct_warning_overturned_append_only before update or delete on conduct_warning_overturned
    for each row execute function conduct_is_append_only();
