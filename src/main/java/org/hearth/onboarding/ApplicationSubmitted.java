package org.hearth.onboarding;

import org.hearth.people.PersonId;

/** A person applied to serve in a program role; staff see it in their queue. */
record ApplicationSubmitted(ApplicationId application, PersonId applicant, String roleName) {
}
