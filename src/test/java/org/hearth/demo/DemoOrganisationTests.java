package org.hearth.demo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.hearth.people.Accounts;
import org.hearth.people.PersonSummary;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * The demo organisation, loaded with --demo into its own database, as a newcomer explores
 * it.
 */
@SpringBootTest(properties = { "hearth.demo.enabled=true", "hearth.data-dir=target/test-data-demo" })
@AutoConfigureMockMvc
class DemoOrganisationTests {

	@Autowired
	DemoOrganisation demo;

	@Autowired
	Accounts accounts;

	@Autowired
	Programs catalog;

	@Autowired
	Policies policies;

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "staff", "moderator", "swat", "match", "volunteer", "applicant" })
	void letsNewcomerSignInAsEachRole(String name) {
		var result = mvc
			.perform(formLogin("/sign-in").user(name + DemoOrganisation.DOMAIN).password(DemoOrganisation.PASSWORD));

		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/");
	}

	@Test
	void holdsTheFourProgramsWithRolesAndVersionedPolicies() {
		assertThat(catalog.programs()).extracting(program -> program.name())
			.containsExactlyInAnyOrder("Discord Peer Support", "Forum Responders", "SWAT", "Match");
		assertThat(catalog.allRoles()).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy(role -> assertThat(role.requirements().policies()).contains("code-of-conduct"));
		assertThat(policies.policy("code-of-conduct")).get().extracting(policy -> policy.currentVersion()).isEqualTo(2);
		assertThat(policies.version("code-of-conduct", 1)).isPresent();
	}

	@Test
	void hasLeadsOfEveryKind() {
		assertThat(accounts.findByEmail("swat" + DemoOrganisation.DOMAIN)).get()
			.extracting(PersonSummary::leadType)
			.hasToString("SWAT_FACILITATOR");
		assertThat(accounts.findByEmail("match" + DemoOrganisation.DOMAIN)).get()
			.extracting(PersonSummary::leadType)
			.hasToString("MATCH_EXPERIENCE_AMBASSADOR");
	}

	@Test
	void loadsOnlyOnce() {
		assertThat(demo.load()).isFalse();
		assertThat(catalog.programs()).hasSize(4);
	}

}
