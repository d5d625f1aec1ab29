package org.hearth.people;

import java.util.UUID;

/**
 * People in each role, each with a unique e-mail, for tests that need someone to act as.
 */
public final class PeopleFixture {

	public static final String PASSWORD = "correct horse battery";

	private PeopleFixture() {
	}

	public static String uniqueEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.hearth.example";
	}

	/** Creates a person in the role; a lead volunteer is a Platform Moderator. */
	public static HearthUser create(Accounts accounts, Role role) {
		String email = uniqueEmail(role.name().toLowerCase());
		if (role == Role.LEAD) {
			PersonSummary volunteer = accounts.createPerson(email, "Lead " + email, Role.VOLUNTEER, PASSWORD);
			accounts.changeRole(volunteer.id(), Role.LEAD, LeadType.MODERATOR, 0);
		}
		else {
			accounts.createPerson(email, role.label() + " " + email, role, PASSWORD);
		}
		Person person = accounts.findByEmail(email).flatMap(summary -> accounts.findPerson(summary.id())).orElseThrow();
		return HearthUser.of(person);
	}

	/** The person as they are now, signed in. */
	public static HearthUser signedIn(Accounts accounts, PersonId id) {
		return HearthUser.of(accounts.findPerson(id).orElseThrow());
	}

}
