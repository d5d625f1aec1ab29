-- Reports about one subject filed at the same moment joined or opened cases side by side: under load
-- a member's handle got two open cases. The case that new reports about a subject join now holds the
-- subject's key, and the database lets only one case hold it; the key is let go when the case is
-- decided, so the next report opens a new case.
alter table conduct_case add column intake_key varchar(320);

-- The oldest open case of each subject takes new reports, as before; any later duplicate stays open
-- for staff to decide, without the key.
update conduct_case c
set intake_key = oldest.intake_key
from (select distinct on (k.intake_key) k.id, k.intake_key
      from (select id, opened_at,
                   case when subject_kind = 'VOLUNTEER' then 'volunteer:' || volunteer_id::text
                        else lower(subject_kind) || ':' || lower(subject_ref) end as intake_key
            from conduct_case
            where status in ('UNREVIEWED', 'IN_REVIEW', 'ESCALATED', 'APPEALED')) k
      order by k.intake_key, k.opened_at, k.id) oldest
where c.id = oldest.id;

create unique index conduct_case_intake on conduct_case (intake_key);
