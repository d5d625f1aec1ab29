package org.hearth.volunteering;

import java.util.List;
import java.util.UUID;

import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.Platform;
import org.hearth.programs.Program;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.Requirements;

/**
 * People serving as volunteers, each enrolled with a lead of one program, for tests of
 * other modules that need a volunteer in service rather than a bare account.
 */
public final class ServingVolunteers {

	private final Accounts accounts;

	private final Enrolments enrolments;

	private final Program program;

	private final ProgramRole role;

	/** The lead volunteer every volunteer of this fixture is enrolled with. */
	public final HearthUser lead;

	public ServingVolunteers(Programs catalog, Accounts accounts, LeadVolunteers leads, Enrolments enrolments) {
		this.accounts = accounts;
		this.enrolments = enrolments;
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.program = catalog.createProgram("Listening " + suffix, "Support on Discord", Platform.DISCORD);
		this.role = catalog.createRole(program.id(), "Listener", "Listens",
				Commitment.of(6, 2, CommitmentUnit.HOURS, CommitmentPeriod.WEEK), Requirements.none());
		this.lead = PeopleFixture.create(accounts, Role.LEAD);
		leads.register(lead.id(), program.id(), 50, "English", "Europe/London");
	}

	/** The program every volunteer of this fixture serves in. */
	public ProgramId program() {
		return program.id();
	}

	/** A new volunteer with an active enrolment under this fixture's lead. */
	public HearthUser volunteer() {
		HearthUser person = PeopleFixture.create(accounts, Role.VOLUNTEER);
		enrolments.enrol(new NewEnrolment(person.id(), UUID.randomUUID(), program.id(), role.id(), role.commitment(),
				List.of("English"), "Europe/London"), lead.id());
		return person;
	}

}
