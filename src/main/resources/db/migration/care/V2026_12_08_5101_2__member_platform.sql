-- A member's platform is one Hearth knows: discord, forum, or other for a member someone could not
-- place. Members recorded under any other word move to other, keeping the word in platform_given so
-- the people on duty can still find them ('unknown' was Hearth's own word for "not given"). The word
-- is part of who the member is, so willow on two platforms Hearth does not know stay two members.
alter table care_member add column platform_given varchar(40);

update care_member
set platform_given = case when platform = 'unknown' then null else platform end,
    platform = 'other'
where platform not in ('discord', 'forum');

alter table care_member drop constraint care_member_platform_handle_key;
create unique index care_member_one_per_handle on care_member (platform, coalesce(platform_given, ''), handle);
alter table care_member add constraint care_member_known_platform check (platform in ('discord', 'forum', 'other'));
alter table care_member add constraint care_member_given_only_for_other
    check (platform = 'other' or platform_given is null);

-- Replies for a platform no integration carries wait under other, where staff can see them.
update care_outbox set platform = 'other' where platform not in ('discord', 'forum');
alter table care_outbox add constraint care_outbox_known_platform check (platform in ('discord', 'forum', 'other'));
