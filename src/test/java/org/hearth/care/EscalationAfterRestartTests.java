package org.hearth.care;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.HearthApplication;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.live.LiveScreening;
import org.hearth.screening.live.LiveScreening.Message;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member's crisis that Hearth could not act on before it stopped is acted on after it
 * starts again: the event is stored with the screening, so the restarted instance opens
 * the escalation. Two real starts of Hearth on one database of their own.
 */
class EscalationAfterRestartTests {

	private static final String DATA = "target/test-data-restart";

	@Test
	void opensTheEscalationOfACrisisLeftUnhandledAtShutdownAfterTheRestart() {
		String handle = "restart-" + UUID.randomUUID().toString().substring(0, 8);
		UUID flag;
		// The first instance waits an hour before retrying a failed delivery, so only a
		// restart can finish this one.
		try (var first = start(true, "PT1H")) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			jdbc.sql("""
					create function refuse_member() returns trigger language plpgsql as $$
					begin
					    if new.handle = '%s' then
					        raise exception 'the test refuses this member for now';
					    end if;
					    return new;
					end $$""".formatted(handle)).update();
			jdbc.sql(
					"create trigger refuse_member before insert on care_member for each row execute function refuse_member()")
				.update();

			flag = first.getBean(LiveScreening.class)
				.screenMessage(new Message("i can't do this anymore, i want to end it all tonight", AuthorRole.MEMBER,
						List.of(), null, handle, "discord", null))
				.flagId();
			assertThat(flag).isNotNull();
			await().atMost(Duration.ofSeconds(60)).until(() -> careDeliveryFailed(jdbc, flag));
			assertThat(escalations(jdbc, flag)).isZero();

			jdbc.sql("drop trigger refuse_member on care_member").update();
			jdbc.sql("drop function refuse_member()").update();
			assertThat(escalations(jdbc, flag)).isZero();
		}

		try (var second = start(false, "PT1S")) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			await().atMost(Duration.ofSeconds(60)).until(() -> escalations(jdbc, flag) == 1);
			assertThat(jdbc.sql("""
					select count(*) from care_escalation e join care_member m on m.id = e.member_id
					where m.platform = 'discord' and m.handle = :handle and e.status = 'OPEN'""")
				.param("handle", handle)
				.query(Integer.class)
				.single()).isEqualTo(1);
			await().atMost(Duration.ofSeconds(30)).until(() -> careDeliveryDone(jdbc, flag));
		}
	}

	private static ConfigurableApplicationContext start(boolean clean, String firstRetry) {
		return new SpringApplication(HearthApplication.class).run("--hearth.data-dir=" + DATA,
				"--hearth.database.clean-on-start=" + clean, "--server.port=0",
				"--hearth.events.first-retry-after=" + firstRetry, "--hearth.events.longest-retry-wait=PT2H",
				"--hearth.events.alert-after-retries=100");
	}

	private static int escalations(JdbcClient jdbc, UUID flag) {
		return jdbc.sql("select count(*) from care_escalation where trigger_ref = :ref")
			.param("ref", "screening:" + flag)
			.query(Integer.class)
			.single();
	}

	private static boolean careDeliveryFailed(JdbcClient jdbc, UUID flag) {
		return jdbc.sql("""
				select count(*) from event_publication
				where serialized_event like :flag and listener_id like '%CareListeners%' and completion_date is null
				  and (status = 'FAILED' or completion_attempts > 0)""")
			.param("flag", "%" + flag + "%")
			.query(Integer.class)
			.single() > 0;
	}

	private static boolean careDeliveryDone(JdbcClient jdbc, UUID flag) {
		return jdbc
			.sql("""
					select count(*) from event_publication
					where serialized_event like :flag and listener_id like '%CareListeners%' and completion_date is not null""")
			.param("flag", "%" + flag + "%")
			.query(Integer.class)
			.single() > 0;
	}

}
