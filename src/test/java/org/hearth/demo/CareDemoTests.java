package org.hearth.demo;

import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.care.DutyRota;
import org.hearth.care.Escalations;
import org.hearth.conduct.ConductTest;
import org.hearth.onboarding.Courses;
import org.hearth.people.Accounts;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.volunteering.Volunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The care side of the demo, loaded into a database of its own that starts empty, as
 * {@code --demo} requires.
 */
@ConductTest
@TestPropertySource(properties = "hearth.data-dir=target/test-data-demo-care")
class CareDemoTests {

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
	DutyRota rota;

	@Autowired
	Escalations escalations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Volunteers volunteers;

	@Test
	void holdsARotaAnAcknowledgedEscalationAndOneThatWentToStaff() {
		new DemoOrganisation(accounts, catalog, policies, volunteering, conduct, courses, transactions).load();
		// Volunteers is a mock here: say, as the demo's enrolments do, that Priya leads
		// Sol.
		given(volunteers.leadFor(accounts.findByEmail("volunteer.sol" + DemoOrganisation.DOMAIN).orElseThrow().id()))
			.willReturn(Optional.of(accounts.findByEmail("swat" + DemoOrganisation.DOMAIN).orElseThrow().id()));
		var demo = new CareDemo(accounts, rota, escalations);

		assertThat(demo.load()).isTrue();
		assertThat(demo.load()).isFalse();

		var priya = accounts.findByEmail("swat" + DemoOrganisation.DOMAIN).orElseThrow();
		var mika = accounts.findByEmail("moderator" + DemoOrganisation.DOMAIN).orElseThrow();
		assertThat(rota.rotaOf(priya.id()).hours()).hasSize(5);
		assertThat(rota.rotaOf(mika.id()).hours()).hasSize(2);
		assertThat(rota.rotaOf(mika.id()).changes()).hasSize(1);
		assertThat(jdbc.sql("""
				select e.status || ' ' || e.outcome from care_escalation e join care_member m on m.id = e.member_id
				where m.handle = '418822093117' and e.acknowledged_by = :priya""")
			.param("priya", priya.id().value())
			.query(String.class)
			.single()).isEqualTo("CLOSED RESOURCES_SHARED");
		assertThat(jdbc.sql("""
				select e.status || ' ' || e.rung from care_escalation e join care_member m on m.id = e.member_id
				where m.handle = :handle""").param("handle", CareDemo.QUIET_MEMBER).query(String.class).single())
			.isEqualTo("OPEN STAFF");
		assertThat(jdbc.sql("""
				select count(*) from care_escalation_step s join care_escalation e on e.id = s.escalation_id
				join care_member m on m.id = e.member_id
				where m.handle = :handle and s.kind = 'ALERTED' and s.detail like 'Staff alerted:%'""")
			.param("handle", CareDemo.QUIET_MEMBER)
			.query(Integer.class)
			.single()).isPositive();
	}

}
