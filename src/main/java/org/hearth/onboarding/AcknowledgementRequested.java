package org.hearth.onboarding;

import org.hearth.people.PersonId;

/**
 * A policy the volunteer's role requires has a new version: they are asked to read and
 * acknowledge it.
 */
record AcknowledgementRequested(PersonId volunteer, String policyKey, String policyTitle, int version) {
}
