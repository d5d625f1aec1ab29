-- A volunteer's own crisis keeps how grave the screening found it and their words, so a critical
-- one (a plan, the means or a goodbye) is told as critical to those who must reach out now.
alter table care_distress add column severity varchar(10) check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'));
alter table care_distress add column excerpt text;
