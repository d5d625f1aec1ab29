package org.hearth.demo;

import java.time.Clock;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.conduct.ConductTest;
import org.hearth.onboarding.Courses;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.spaces.Announcement;
import org.hearth.spaces.Announcements;
import org.hearth.spaces.SharedSpaces;
import org.hearth.spaces.Space;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's shared spaces and announcements, loaded into the same database of its own as
 * the care demo: volunteers see their lounge and their program's channel, leads their
 * room too, and each sees the announcement for them.
 */
@ConductTest
@TestPropertySource(properties = "hearth.data-dir=target/test-data-demo-care")
class SpacesDemoTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	Programs catalog;

	@Autowired
	Policies policies;

	@Autowired
	ConductDemo conduct;

	@Autowired
	VolunteeringDemo volunteering;

	@Autowired
	Courses courses;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SharedSpaces spaces;

	@Autowired
	Announcements announcements;

	@Autowired
	Clock clock;

	@Test
	void listsSpacesByRoleAndProgramAndAnnouncesToVolunteersAndLeadsOnce() {
		new DemoOrganisation(accounts, catalog, policies, volunteering, conduct, courses, transactions).load();
		var demo = new SpacesDemo(accounts, catalog, spaces, announcements, clock);

		assertThat(demo.load()).isTrue();
		assertThat(demo.load()).isFalse();

		HearthUser noor = signedIn("volunteer");
		HearthUser lead = signedIn("moderator");
		assertThat(spaces.forPerson(noor)).extracting(Space::name)
			.contains("#volunteer-lounge", "Monthly training room")
			.doesNotContain("#leads-room");
		assertThat(spaces.forPerson(lead)).extracting(Space::name).contains("#volunteer-lounge", "#leads-room");
		assertThat(announcements.currentFor(noor, 10)).extracting(Announcement::title)
			.contains("This month's training is on Thursday")
			.doesNotContain("Lead meeting reflections are up");
		assertThat(announcements.currentFor(lead, 10)).extracting(Announcement::title)
			.contains("This month's training is on Thursday", "Lead meeting reflections are up");
	}

	private HearthUser signedIn(String name) {
		return PeopleFixture.signedIn(accounts,
				accounts.findByEmail(name + DemoOrganisation.DOMAIN).orElseThrow().id());
	}

}
