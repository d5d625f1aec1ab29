-- One person may lead in several programs: a lead profile is a person's place as lead of
-- one program, with its own capacity, languages and time zone. Each existing profile
-- stays the lead's profile in the program it names.
alter table lead_profile drop constraint lead_profile_pkey;
alter table lead_profile add constraint lead_profile_pkey primary key (lead_id, program_id);
create index lead_profile_program on lead_profile (program_id);
create index lead_profile_cover on lead_profile (cover_lead_id) where cover_lead_id is not null;
