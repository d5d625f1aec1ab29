package org.hearth.checkins;

import java.time.Instant;
import java.time.LocalDate;

import org.hearth.people.PersonId;

/** A gentle alert raised about a volunteer's rhythm, as their lead and staff see it. */
record Alert(PersonId volunteer, AlertKind kind, LocalDate period, String subject, Instant raisedAt) {
}
