package org.hearth.volunteering;

import java.time.LocalDate;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;

/**
 * A volunteer just enrolled with their lead, as the module that asked for the enrolment
 * needs to answer: ids and the few facts shown, not the enrolment itself.
 */
public record Enrolled(EnrolmentId id, PersonId volunteer, PersonId lead, EnrolmentState state,
		LocalDate commitmentEndsOn) {

	/**
	 * The part a refusal to enrol concerns when the chosen lead cannot accompany the
	 * volunteer, so a page or API can show it beside its own lead field.
	 */
	public static final RequestRefused.Part LEAD = Enrolment.Part.LEAD;

	static Enrolled of(Enrolment enrolment) {
		return new Enrolled(enrolment.id(), enrolment.volunteer(), enrolment.lead(), enrolment.state(),
				enrolment.commitmentEndsOn());
	}

}
