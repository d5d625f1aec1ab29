package org.hearth.volunteering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migration that lets one person lead in several programs, run on a table shaped as
 * lead profiles were before, with a lead already in it.
 */
@HearthTest
class LeadProfileMigrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate statements;

	@Test
	@Transactional
	void keepsEachLeadInTheirProgramAndLetsThemLeadAnother() throws IOException {
		jdbc.sql("""
				create temporary table legacy_lead_profile (lead_id uuid primary key, program_id uuid not null,
				  capacity integer not null, cover_lead_id uuid)""").update();
		UUID lead = UUID.randomUUID();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		insert(lead, first, 5);
		String migration = new ClassPathResource(
				"db/migration/volunteering/V2026_12_07_4112_1__lead_of_several_programs.sql")
			.getContentAsString(StandardCharsets.UTF_8);

		statements.execute(migration.replace("lead_profile", "legacy_lead_profile"));

		insert(lead, second, 3);
		assertThat(
				jdbc.sql("select program_id, capacity from legacy_lead_profile where lead_id = :lead order by capacity")
					.param("lead", lead)
					.query((rs, n) -> rs.getObject(1, UUID.class) + " " + rs.getInt(2))
					.list())
			.containsExactly(second + " 3", first + " 5");
		assertThatThrownBy(() -> insert(lead, first, 2)).isInstanceOf(DuplicateKeyException.class);
	}

	private void insert(UUID lead, UUID program, int capacity) {
		jdbc.sql("insert into legacy_lead_profile (lead_id, program_id, capacity) values (:lead, :program, :capacity)")
			.param("lead", lead)
			.param("program", program)
			.param("capacity", capacity)
			.update();
	}

}
