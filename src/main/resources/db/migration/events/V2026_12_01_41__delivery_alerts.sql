-- Deliveries of events that stayed stuck and that staff were told about, so each is reported once
-- however many instances run.
create table event_delivery_alert (
    publication_id uuid        primary key,
    alerted_at     timestamptz not null
);
