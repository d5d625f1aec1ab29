package org.hearth.onboarding;

import java.util.List;

import org.hearth.people.PersonId;

/**
 * A failed requirement disqualified an application; the applicant is shown the roles
 * still open to them.
 */
record ApplicationDisqualified(ApplicationId application, PersonId applicant, String roleName,
		List<String> rolesStillOpen) {
}
