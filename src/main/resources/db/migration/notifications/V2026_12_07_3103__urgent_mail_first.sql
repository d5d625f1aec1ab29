-- An urgent e-mail (someone may be in danger) leaves before any routine one, however long a backlog of
-- routine retries has waited: the sender claims by this flag first, then by when each is due.
alter table mail_outbox add column urgent boolean not null default false;
update mail_outbox o set urgent = true
from notification n
where n.id = o.notification_id and n.urgency = 'URGENT' and o.sent_at is null;
drop index mail_outbox_due;
create index mail_outbox_due on mail_outbox (urgent desc, next_attempt_at, created_at) where sent_at is null;
