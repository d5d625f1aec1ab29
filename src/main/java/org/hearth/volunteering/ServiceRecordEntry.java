package org.hearth.volunteering;

import java.time.Instant;

/**
 * One line of a volunteer's service record, for example an enrolment, a lead assignment,
 * a course passed or a policy acknowledged.
 *
 * @param kind a short stable word such as {@code enrolment}, {@code lead},
 * {@code course}, {@code acknowledgement}
 */
public record ServiceRecordEntry(Instant at, String kind, String text) {
}
