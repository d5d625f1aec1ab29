package org.hearth.demo;

import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.TestMail;
import org.hearth.onboarding.Acknowledgements;
import org.hearth.onboarding.ApplicationStatus;
import org.hearth.onboarding.Onboarding;
import org.hearth.people.Accounts;
import org.hearth.volunteering.EnrolmentState;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The volunteer journey in the demo organisation, loaded with --demo into its own empty
 * database as it is on start (the same context as {@link DemoOrganisationTests}).
 */
@SpringBootTest(properties = { "hearth.demo.enabled=true", "hearth.data-dir=target/test-data-demo" })
@AutoConfigureMockMvc
class VolunteeringDemoTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	@Autowired
	Accounts accounts;

	@Autowired
	DemoOrganisation demo;

	@Autowired
	Onboarding onboarding;

	@Autowired
	Enrolments enrolments;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Acknowledgements acknowledgements;

	@Autowired
	org.hearth.onboarding.Expiries expiries;

	@Test
	void coversEveryStateOfTheVolunteerJourney() {
		demo.load();

		var demoApplications = Arrays.stream(ApplicationStatus.values())
			.filter(status -> onboarding.queue(status)
				.stream()
				.anyMatch(a -> accounts.find(a.applicant()).orElseThrow().email().endsWith(DemoOrganisation.DOMAIN)))
			.toList();
		assertThat(demoApplications).containsExactlyInAnyOrder(ApplicationStatus.values());
		await().atMost(java.time.Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(Arrays.stream(EnrolmentState.values())
				.filter(state -> enrolments.list(state)
					.stream()
					.anyMatch(
							e -> accounts.find(e.volunteer()).orElseThrow().email().endsWith(DemoOrganisation.DOMAIN))))
				.containsExactlyInAnyOrder(EnrolmentState.values()));
		assertThat(leads.all()).anyMatch(lead -> lead.awayUntil() != null && lead.cover() != null);
		assertThat(acknowledgements.outstanding()).isNotEmpty();
		assertThat(expiries.dueBy(java.time.LocalDate.now()))
			.anyMatch(expiry -> expiry.what().equals("Background check"));
	}

}
