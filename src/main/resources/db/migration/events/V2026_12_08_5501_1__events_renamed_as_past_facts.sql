-- Three events were renamed to say what happened (issue 13): publications still waiting for
-- their listener, or kept as delivered, now name the new types, so a retry finds both the event
-- and its listener.
update event_publication
   set event_type  = 'org.hearth.volunteering.CommitmentEndApproached',
       listener_id = replace(listener_id, '(org.hearth.volunteering.CommitmentEnding)',
                             '(org.hearth.volunteering.CommitmentEndApproached)')
 where event_type = 'org.hearth.volunteering.CommitmentEnding';

update event_publication
   set event_type  = 'org.hearth.volunteering.PauseRanOut',
       listener_id = replace(listener_id, '(org.hearth.volunteering.PauseEndReached)',
                             '(org.hearth.volunteering.PauseRanOut)')
 where event_type = 'org.hearth.volunteering.PauseEndReached';

update event_publication
   set event_type  = 'org.hearth.onboarding.RenewalFellDue',
       listener_id = replace(listener_id, '(org.hearth.onboarding.RenewalDue)',
                             '(org.hearth.onboarding.RenewalFellDue)')
 where event_type = 'org.hearth.onboarding.RenewalDue';
