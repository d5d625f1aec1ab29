package org.hearth.onboarding;

import org.hearth.people.PersonId;

/** Staff declined an application, with a reason the applicant reads. */
record ApplicationDeclined(ApplicationId application, PersonId applicant, String roleName, String reason) {
}
