-- What a token may do: act as its owner (PERSONAL), or only screen messages (SCREENING), for
-- an integration such as a Discord bot that must never reach anything else.
alter table api_token add column scope varchar(20) not null default 'PERSONAL';
alter table api_token add constraint api_token_scope_known check (scope in ('PERSONAL', 'SCREENING'));
