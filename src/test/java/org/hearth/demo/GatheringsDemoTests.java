package org.hearth.demo;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.conduct.ConductTest;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.GatheringKind;
import org.hearth.gatherings.Gatherings;
import org.hearth.onboarding.Courses;
import org.hearth.people.Accounts;
import org.hearth.people.PeopleFixture;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's trainings and lead meetings, loaded into the same database of its own as the
 * care demo: one training past with attendance, one to come, and a lead meeting with a
 * reflection.
 */
@ConductTest
@TestPropertySource(properties = "hearth.data-dir=target/test-data-demo-care")
class GatheringsDemoTests {

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
	Gatherings gatherings;

	@Test
	void holdsAPastTrainingWithAttendanceOneToComeAndALeadMeetingWithAReflectionOnce() {
		new DemoOrganisation(accounts, catalog, policies, volunteering, conduct, courses, transactions).load();
		var demo = new GatheringsDemo(accounts, catalog, gatherings);

		assertThat(demo.load()).isTrue();
		assertThat(demo.load()).isFalse();

		PersonSummary noor = person("volunteer");
		PersonSummary ines = person("volunteer.ines");
		var staff = PeopleFixture.signedIn(accounts, person("staff").id());
		var ola = PeopleFixture.signedIn(accounts, person("moderator.ola").id());
		List<Gathering> all = gatherings.all(staff);
		Gathering past = all.stream()
			.filter(g -> g.kind() == GatheringKind.TRAINING && g.begun(gatherings.now()))
			.findFirst()
			.orElseThrow();
		assertThat(past.invitationOf(noor.id()).orElseThrow().attended()).isTrue();
		assertThat(past.invitationOf(ines.id()).orElseThrow().missed()).isTrue();
		assertThat(gatherings.trainingsCompleted(noor.id())).isEqualTo(1);
		assertThat(all).filteredOn(g -> g.kind() == GatheringKind.TRAINING && g.upcoming(gatherings.now()))
			.isNotEmpty()
			.first()
			.satisfies(
					next -> assertThat(next.invitationOf(ines.id()).orElseThrow().offeredAfter()).isEqualTo(past.id()));
		Gathering circle = all.stream()
			.filter(g -> g.kind() == GatheringKind.LEAD_MEETING && g.begun(gatherings.now()))
			.findFirst()
			.orElseThrow();
		assertThat(gatherings.reflections(circle.id(), ola)).singleElement()
			.satisfies(r -> assertThat(r.text()).contains("late shifts"));
		assertThat(ola.role()).isEqualTo(Role.LEAD);
	}

	private PersonSummary person(String name) {
		return accounts.findByEmail(name + DemoOrganisation.DOMAIN).orElseThrow();
	}

}
