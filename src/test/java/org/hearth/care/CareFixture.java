package org.hearth.care;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.LeadType;
import org.hearth.people.PeopleFixture;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.screening.Action;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.ScreeningFlagged;
import org.hearth.screening.Severity;

/** People and events for care's tests. */
public final class CareFixture {

	private CareFixture() {
	}

	/** A lead volunteer of the SWAT Facilitator type. */
	public static HearthUser swatFacilitator(Accounts accounts) {
		String email = PeopleFixture.uniqueEmail("swat");
		PersonSummary volunteer = accounts.createPerson(email, "Facilitator " + email.substring(5, 13), Role.VOLUNTEER,
				PeopleFixture.PASSWORD);
		accounts.changeRole(volunteer.id(), Role.LEAD, LeadType.SWAT_FACILITATOR, 0);
		return PeopleFixture.signedIn(accounts, volunteer.id());
	}

	/** What screening publishes when a member's message signals a crisis. */
	public static ScreeningFlagged memberCrisis(String handle, Severity severity, Instant at) {
		return new ScreeningFlagged(UUID.randomUUID(), null, handle, AuthorRole.MEMBER,
				Map.of(Category.CRISIS, severity), severity, Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT, "discord",
				"channel-3/msg-" + at.toEpochMilli(), "I can't do this anymore, I just want it to stop", at);
	}

}
