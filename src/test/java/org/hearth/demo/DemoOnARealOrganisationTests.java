package org.hearth.demo;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.hearth.onboarding.Courses;
import org.hearth.people.Accounts;
import org.hearth.people.Role;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --demo} against a database of its own that starts empty: a load that fails half
 * way leaves nothing behind, and once the database holds a real organisation the demo
 * writes nothing at all.
 */
@SpringBootTest(properties = "hearth.data-dir=target/test-data-demo-refused")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoOnARealOrganisationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	Programs catalog;

	@Autowired
	Policies policies;

	@Autowired
	Courses courses;

	@Autowired
	VolunteeringDemo volunteering;

	@Autowired
	ConductDemo conduct;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void leavesNothingBehindWhenTheLoadFailsHalfWay() {
		// The database refuses the conduct reports, which the demo writes last.
		jdbc.sql("""
				create function refuse_report() returns trigger language plpgsql as $$
				begin raise exception 'the disk is full'; end $$""").update();
		jdbc.sql(
				"create trigger refuse_report before insert on conduct_report for each row execute function refuse_report()")
			.update();
		try {
			assertThatThrownBy(() -> demo().load()).hasMessageContaining("the disk is full");
		}
		finally {
			jdbc.sql("drop trigger refuse_report on conduct_report").update();
			jdbc.sql("drop function refuse_report()").update();
		}

		assertThat(accounts.search(null, null)).isEmpty();
		assertThat(catalog.programs()).isEmpty();
		assertThat(policies.policies()).isEmpty();
		assertThat(courses.all()).isEmpty();
	}

	@Test
	@Order(2)
	void refusesADatabaseThatHoldsAnOrganisationAndWritesNothing() {
		accounts.createPerson("coordinator@real.example", "Robin Coordinator", Role.ADMIN, "a-long-real-password");

		assertThatThrownBy(() -> demo().load()).isInstanceOf(DemoRefused.class)
			.hasMessageContaining("already holds an organisation (1 person, such as coordinator@real.example)")
			.hasMessageContaining("Nothing was written");

		assertThat(accounts.findByEmail(DemoOrganisation.ADMIN)).isEmpty();
		assertThat(accounts.search(null, null)).extracting(person -> person.email())
			.containsExactly("coordinator@real.example");
		assertThat(catalog.programs()).isEmpty();
		assertThat(courses.all()).isEmpty();
	}

	private DemoOrganisation demo() {
		return new DemoOrganisation(accounts, catalog, policies, volunteering, conduct, courses, transactions);
	}

}
