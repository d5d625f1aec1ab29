-- A commitment's frequency becomes an amount, a unit and a period instead of free text read
-- by guesswork ("2 hours every two weeks" was read as 2 hours a week). Existing text is
-- converted where it can be read: the first number is the amount (1 when there is none,
-- as in "weekly"), hours when it speaks of hours and sessions otherwise, and every two
-- weeks or a month when it says so. The original words stay in commitment_frequency for
-- this release, so staff can check a conversion; new rows store the words Hearth writes.
alter table application add column commitment_amount numeric(5, 2);
alter table application add column commitment_unit varchar(10);
alter table application add column commitment_period varchar(10);

update application set
    commitment_amount = coalesce(nullif(cast(replace(
        substring(commitment_frequency from '^\s*([0-9]{1,3}([.,][0-9]{1,2})?)'), ',', '.') as numeric(5, 2)), 0), 1),
    commitment_unit = case when lower(commitment_frequency) ~ '\m(hours?|hrs?)\M' then 'HOURS' else 'SESSIONS' end,
    commitment_period = case
        when lower(commitment_frequency) ~ '(two weeks|2 weeks|fortnight|other week|biweekly)' then 'TWO_WEEKS'
        when lower(commitment_frequency) ~ 'month' then 'MONTH'
        else 'WEEK' end;

alter table application alter column commitment_amount set not null;
alter table application alter column commitment_unit set not null;
alter table application alter column commitment_period set not null;
alter table application add constraint application_commitment_amount_positive check (commitment_amount > 0);
