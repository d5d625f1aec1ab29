package org.hearth.volunteering;

import java.util.List;
import java.util.Objects;

import org.hearth.people.PersonId;
import org.hearth.programs.ProgramRoleId;

/**
 * Who serves in which role now, for a module that checks something of every volunteer in
 * service against what their role requires (onboarding's renewals and policy
 * acknowledgements): answered in one statement, with ids only.
 */
public interface ServingRoles {

	/**
	 * Every enrolment in service (active or paused) as the volunteer and the role they
	 * serve in, newest enrolment first; a volunteer serving in two roles comes twice.
	 */
	List<RoleServed> servingNow();

	/** A volunteer in service and a role they serve in. */
	record RoleServed(PersonId volunteer, ProgramRoleId role) {

		public RoleServed {
			Objects.requireNonNull(volunteer, "volunteer");
			Objects.requireNonNull(role, "role");
		}

	}

}
