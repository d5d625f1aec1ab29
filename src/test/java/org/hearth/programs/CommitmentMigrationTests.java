package org.hearth.programs;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that turns a free-text frequency into an amount, a unit and a period, run
 * on a table of texts organisations wrote before.
 */
@HearthTest
class CommitmentMigrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate statements;

	record Converted(String text, BigDecimal amount, String unit, String period) {
	}

	@Test
	@Transactional
	void convertsTheFrequencyTextsItCanRead() throws IOException {
		jdbc.sql("create temporary table legacy_role (id serial, commitment_frequency varchar(120) not null)").update();
		List.of("3 hours a week", "2 hours every two weeks", "2 shifts a week", "1.5 hrs per week", "4 hours a month",
				"1 on-call shift every other week", "weekly", "as often as you can")
			.forEach(text -> jdbc.sql("insert into legacy_role (commitment_frequency) values (:text)")
				.param("text", text)
				.update());
		String migration = new ClassPathResource(
				"db/migration/programs/V2026_12_07_3104_0__structured_commitment_of_program_role.sql")
			.getContentAsString(StandardCharsets.UTF_8);

		statements.execute(migration.replace("program_role", "legacy_role"));

		assertThat(jdbc.sql("""
				select commitment_frequency, commitment_amount, commitment_unit, commitment_period
				from legacy_role order by id""")
			.query((rs, row) -> new Converted(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros(),
					rs.getString(3), rs.getString(4)))
			.list()).extracting(c -> c.text() + " = " + c.amount().toPlainString() + " " + c.unit() + " " + c.period())
			.containsExactly("3 hours a week = 3 HOURS WEEK", "2 hours every two weeks = 2 HOURS TWO_WEEKS",
					"2 shifts a week = 2 SESSIONS WEEK", "1.5 hrs per week = 1.5 HOURS WEEK",
					"4 hours a month = 4 HOURS MONTH", "1 on-call shift every other week = 1 SESSIONS TWO_WEEKS",
					"weekly = 1 SESSIONS WEEK", "as often as you can = 1 SESSIONS WEEK");
	}

}
