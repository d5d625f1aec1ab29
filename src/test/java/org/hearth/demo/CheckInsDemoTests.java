package org.hearth.demo;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.checkins.CheckIn;
import org.hearth.checkins.CheckIns;
import org.hearth.checkins.WellBeing;
import org.hearth.conduct.ConductTest;
import org.hearth.onboarding.Courses;
import org.hearth.people.Accounts;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly rhythm of the demo, loaded into the same database of its own as the care
 * demo: weeks of check-ins, one volunteer steady and one whose well-being falls.
 */
@ConductTest
@TestPropertySource(properties = "hearth.data-dir=target/test-data-demo-care")
class CheckInsDemoTests {

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
	CheckIns checkIns;

	@Test
	void holdsEightWeeksOfCheckInsWithAFallingWellBeingOnce() {
		new DemoOrganisation(accounts, catalog, policies, volunteering, conduct, courses, transactions).load();
		var demo = new CheckInsDemo(accounts, checkIns);

		assertThat(demo.load()).isTrue();
		assertThat(demo.load()).isFalse();

		var ines = accounts.findByEmail("volunteer.ines" + DemoOrganisation.DOMAIN).orElseThrow();
		var noor = accounts.findByEmail("volunteer" + DemoOrganisation.DOMAIN).orElseThrow();
		var lastWeek = checkIns.thisWeek().minusWeeks(1);
		CheckIn inesLast = checkIns.of(ines.id(), lastWeek).orElseThrow();
		assertThat(inesLast.wellBeing()).isEqualTo(WellBeing.STRUGGLING);
		assertThat(inesLast.hours()).isEqualByComparingTo("18.5");
		assertThat(inesLast.wantsDebrief()).isTrue();
		assertThat(checkIns.of(ines.id(), lastWeek.minusWeeks(7)).orElseThrow().wellBeing())
			.isEqualTo(WellBeing.THRIVING);
		assertThat(checkIns.of(noor.id(), lastWeek).orElseThrow().wellBeing()).isEqualTo(WellBeing.GOOD);
		assertThat(checkIns.of(noor.id(), checkIns.thisWeek())).isEmpty();
	}

}
