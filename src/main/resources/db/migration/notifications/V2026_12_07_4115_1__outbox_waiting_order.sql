-- Staff read the e-mails still waiting a page at a time, the stuck ones (three failed attempts or more) first,
-- then the newest: this index holds that order, so a page is read in order instead of sorting every waiting
-- e-mail.
create index mail_outbox_waiting on mail_outbox ((attempts >= 3) desc, created_at desc, id) where sent_at is null;
