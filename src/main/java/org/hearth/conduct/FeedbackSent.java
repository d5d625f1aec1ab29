package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

/** A staff member or lead sent a volunteer feedback on the quality of their support. */
record FeedbackSent(FeedbackId feedback, PersonId volunteer, PersonId author, Instant at) {
}
