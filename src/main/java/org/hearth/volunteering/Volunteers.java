package org.hearth.volunteering;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hearth.people.PersonId;
import org.hearth.programs.ProgramId;

/**
 * What other modules may ask about volunteers in service: who their lead volunteer is,
 * whom a lead leads, and the record staff need when they review a situation.
 */
public interface Volunteers {

	/**
	 * The lead volunteer a debrief or alert about this volunteer goes to: their lead, or
	 * the lead's cover while away.
	 */
	Optional<PersonId> leadFor(PersonId volunteer);

	/**
	 * Whether the person serves as a volunteer now: an enrolment of theirs is active or
	 * paused. Staff, admins and leads without an enrolment of their own do not.
	 */
	boolean serving(PersonId person);

	/** Whether this lead currently leads the volunteer, or covers for their lead. */
	boolean leads(PersonId lead, PersonId volunteer);

	/** The volunteers a lead currently leads or covers for. */
	List<PersonId> ledBy(PersonId lead);

	/**
	 * The programs a person serves in now (an enrolment active or paused) or leads
	 * volunteers of.
	 */
	Set<ProgramId> programsOf(PersonId person);

	/**
	 * Everyone serving in a program now and the leads of its volunteers, each once.
	 */
	List<PersonId> peopleOf(ProgramId program);

	/** Every volunteer in service, each once, with the lead their news goes to. */
	List<ServingVolunteer> inService();

	/**
	 * Ends every enrolment of the volunteer as a measure decided by staff (removal from
	 * the role, or disqualification); their account stays. Returns how many enrolments
	 * ended.
	 */
	int endService(PersonId volunteer, String reason);

	/**
	 * The volunteer's service record, newest first: enrolments, leads, training and
	 * acknowledgements.
	 */
	List<ServiceRecordEntry> serviceRecord(PersonId volunteer);

}
