package org.hearth.volunteering;

import org.hearth.people.PersonId;

/**
 * A volunteer was connected to a lead volunteer; {@code previousLead} is null on
 * activation.
 */
record LeadAssigned(EnrolmentId enrolment, PersonId volunteer, PersonId lead, PersonId previousLead, String reason) {
}
