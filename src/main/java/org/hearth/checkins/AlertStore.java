package org.hearth.checkins;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AlertStore {

	private final JdbcClient jdbc;

	AlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the alert unless one of its kind about the same volunteer and period was
	 * raised already; returns whether it was recorded now.
	 */
	boolean raise(PersonId volunteer, AlertKind kind, LocalDate period, PersonId recipient, String subject,
			Instant now) {
		return jdbc.sql("""
				insert into checkin_alert (id, volunteer_id, kind, period, recipient_id, subject, raised_at)
				values (:id, :volunteer, :kind, :period, :recipient, :subject, :at)
				on conflict (volunteer_id, kind, period) do nothing""")
			.param("id", UUID.randomUUID())
			.param("volunteer", volunteer.value())
			.param("kind", kind.name())
			.param("period", Date.valueOf(period))
			.param("recipient", recipient == null ? null : recipient.value())
			.param("subject", subject.length() > 300 ? subject.substring(0, 300) : subject)
			.param("at", Timestamp.from(now))
			.update() == 1;
	}

	/** How many alerts of the kinds that count towards staff were raised since. */
	long countedSince(PersonId volunteer, Instant since) {
		return jdbc.sql("""
				select count(*) from checkin_alert
				where volunteer_id = :volunteer and raised_at >= :since and kind not in ('REPEATED', 'DEBRIEF_WISH')""")
			.param("volunteer", volunteer.value())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	boolean staffToldSince(PersonId volunteer, Instant since) {
		return jdbc.sql("""
				select count(*) from checkin_alert
				where volunteer_id = :volunteer and raised_at >= :since and kind = 'REPEATED'""")
			.param("volunteer", volunteer.value())
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single() > 0;
	}

	/** The alerts raised about these volunteers since, newest first. */
	List<Alert> recent(Collection<PersonId> volunteers, Instant since) {
		if (volunteers.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from checkin_alert where volunteer_id in (:ids) and raised_at >= :since
				order by raised_at desc, period desc""")
			.param("ids", volunteers.stream().map(PersonId::value).toList())
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new Alert(new PersonId(rs.getObject("volunteer_id", UUID.class)),
					AlertKind.valueOf(rs.getString("kind")), rs.getDate("period").toLocalDate(),
					rs.getString("subject"), rs.getTimestamp("raised_at").toInstant()))
			.list();
	}

}
