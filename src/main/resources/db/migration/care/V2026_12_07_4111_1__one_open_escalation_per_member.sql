-- One open escalation per member: a second crisis of a member someone is already helping joins the
-- escalation under way, and this index makes that hold when two messages arrive at the same moment
-- (Escalations.open joins the open one when its insert meets it). Escalations of one member opened
-- side by side before the index existed are joined first: the earliest stays open, the later ones
-- close with a note and a step on their ladder naming it.
insert into care_escalation_step (escalation_id, at, kind, detail)
select r.id, now(), 'MERGED', 'Joined into escalation #' || r.kept || ' about the same member, which stays open.'
from (select id, first_value(reference) over w as kept, row_number() over w as n
      from care_escalation where status <> 'CLOSED'
      window w as (partition by member_id order by opened_at, reference)) r
where r.n > 1;

update care_escalation e
set status = 'CLOSED', closed_at = now(), version = e.version + 1,
    outcome_note = 'Joined into escalation #' || r.kept || ' about the same member, which stays open.'
from (select id, first_value(reference) over w as kept, row_number() over w as n
      from care_escalation where status <> 'CLOSED'
      window w as (partition by member_id order by opened_at, reference)) r
where e.id = r.id and r.n > 1;

create unique index care_escalation_one_open_per_member on care_escalation (member_id) where status <> 'CLOSED';
