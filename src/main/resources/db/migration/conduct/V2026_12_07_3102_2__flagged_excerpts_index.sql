-- The admins' phrase preview counts over the excerpts of recently flagged messages.
create index conduct_report_screening_filed on conduct_report (filed_at) where source = 'SCREENING';
