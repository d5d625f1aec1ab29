package org.hearth.demo;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.people.Access;
import org.hearth.people.Accounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conduct side of the demo organisation, loaded with --demo into its own empty
 * database as it is on start (the same context as {@link DemoOrganisationTests}).
 */
@SpringBootTest(properties = { "hearth.demo.enabled=true", "hearth.data-dir=target/test-data-demo" })
@AutoConfigureMockMvc
class ConductDemoTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	DemoOrganisation demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void holdsCasesInEveryStateAndASuspendedVolunteer() {
		demo.load();

		List<String> statuses = jdbc.sql("""
				select distinct c.status from conduct_case c
				left join person p on p.id = c.volunteer_id
				where p.email like '%@demo.hearth.example' or c.subject_ref in ('forum:quiet-river',
				    'discord:#late-night-support, 20 Nov 2026')""").query(String.class).list();
		assertThat(statuses).containsExactlyInAnyOrder("UNREVIEWED", "IN_REVIEW", "ESCALATED", "APPEALED", "DECIDED",
				"CLOSED");
		assertThat(accounts.findByEmail("volunteer.alex@demo.hearth.example")).get()
			.extracting(person -> person.access())
			.isEqualTo(Access.SUSPENDED);
		assertThat(jdbc
			.sql("select count(*) from conduct_debrief d join person p on p.id = d.volunteer_id "
					+ "where p.email = 'volunteer@demo.hearth.example'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
