-- The conduct queue is read a page at a time in its own order (most severe, then oldest): this
-- index holds that order, so a page reads its rows in order instead of sorting every case.
create index conduct_case_queue_order on conduct_case (
    (case severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end), opened_at, reference);
-- "Only mine".
create index conduct_case_assignee on conduct_case (assignee_id, opened_at) where assignee_id is not null;
-- Each line shows the case's latest outcome.
create index conduct_decision_latest on conduct_decision (case_id, seq);
