package org.hearth.volunteering;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.programs.Commitment;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRoleId;

/**
 * What onboarding hands over when an application is activated: who, where, and what they
 * committed to.
 */
public record NewEnrolment(PersonId volunteer, UUID applicationId, ProgramId program, ProgramRoleId role,
		Commitment commitment, List<String> languages, String timeZone) {

	public NewEnrolment {
		Objects.requireNonNull(volunteer, "volunteer");
		Objects.requireNonNull(applicationId, "applicationId");
		Objects.requireNonNull(program, "program");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(commitment, "commitment");
		languages = List.copyOf(languages);
		Objects.requireNonNull(timeZone, "timeZone");
	}

}
