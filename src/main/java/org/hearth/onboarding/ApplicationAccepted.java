package org.hearth.onboarding;

import org.hearth.people.PersonId;

/**
 * Staff accepted an application into onboarding: the applicant can work through the
 * requirements.
 */
record ApplicationAccepted(ApplicationId application, PersonId applicant, String roleName) {
}
