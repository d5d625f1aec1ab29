package org.hearth.events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;
import org.hearth.notifications.Inbox;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.live.LiveScreening;
import org.hearth.screening.live.LiveScreening.Message;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failed deliveries of events are tried again while Hearth runs, and staff hear of one
 * that stays stuck. The failure is a real one: the database refuses the conduct desk's
 * report for a while.
 */
@HearthTest
class RedeliveryIntegrationTests {

	@Autowired
	LiveScreening screening;

	@Autowired
	Accounts accounts;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void filesAFlagWhoseFilingFailedForAMomentWithoutARestart() {
		String marker = marker();
		UUID flag;
		try (var refusal = new ReportsRefused(jdbc, marker)) {
			flag = flag(marker);
			await().atMost(Duration.ofSeconds(30)).until(() -> failedAtLeastOnce(flag));
			assertThat(filed(flag)).isZero();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> filed(flag) == 1);
	}

	@Test
	void tellsStaffOnceWhenADeliveryStaysStuck() {
		HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);
		String marker = marker();
		UUID flag;
		try (var refusal = new ReportsRefused(jdbc, marker)) {
			flag = flag(marker);
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(inbox.latest(staff.id())).anySatisfy(alert -> {
					assertThat(alert.subject()).isEqualTo("Hearth could not finish something: please check");
					assertThat(alert.body()).contains("\"ScreeningFlagged\" to conduct", "server log");
				}));
			assertThat(alertsAbout(flag)).isEqualTo(1);
			assertThat(filed(flag)).isZero();
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> filed(flag) == 1);
		assertThat(alertsAbout(flag)).isEqualTo(1);
	}

	private UUID flag(String marker) {
		UUID flag = screening
			.screenMessage(new Message("shut up idiot " + marker, AuthorRole.MEMBER, List.of(), null,
					"discord:" + marker, "discord", null))
			.flagId();
		assertThat(flag).isNotNull();
		return flag;
	}

	private boolean failedAtLeastOnce(UUID flag) {
		return jdbc.sql("""
				select count(*) from event_publication
				where serialized_event like :flag and (status = 'FAILED' or completion_attempts > 0)""")
			.param("flag", "%" + flag + "%")
			.query(Integer.class)
			.single() > 0;
	}

	private int filed(UUID flag) {
		return jdbc.sql("select count(*) from conduct_report where screening_id = :id")
			.param("id", flag)
			.query(Integer.class)
			.single();
	}

	private int alertsAbout(UUID flag) {
		return jdbc.sql("""
				select count(*) from event_delivery_alert a join event_publication p on p.id = a.publication_id
				where p.serialized_event like :flag""").param("flag", "%" + flag + "%").query(Integer.class).single();
	}

	private static String marker() {
		return "refused" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/**
	 * The database refuses every report whose excerpt holds the marker, until closed.
	 */
	static final class ReportsRefused implements AutoCloseable {

		private final JdbcClient jdbc;

		private final String name;

		ReportsRefused(JdbcClient jdbc, String marker) {
			this.jdbc = jdbc;
			this.name = "test_" + marker;
			jdbc.sql("""
					create function %s() returns trigger language plpgsql as $$
					begin
					    if new.excerpts like '%%%s%%' then
					        raise exception 'the test refuses this report for now';
					    end if;
					    return new;
					end $$""".formatted(name, marker)).update();
			jdbc.sql("create trigger %s before insert on conduct_report for each row execute function %s()"
				.formatted(name, name)).update();
		}

		@Override
		public void close() {
			jdbc.sql("drop trigger %s on conduct_report".formatted(name)).update();
			jdbc.sql("drop function %s()".formatted(name)).update();
		}

	}

}
