package org.hearth.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;
import org.hearth.screening.Severity;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DistressStore {

	/** A stored alert, before names are added for people to read. */
	record Row(DistressId id, PersonId volunteer, PersonId lead, DistressAlert.Reason reason, Instant raisedAt,
			PersonId reachedOutBy, Instant reachedOutAt, String note, long version, Severity severity, String excerpt) {
	}

	private final JdbcClient jdbc;

	DistressStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the alert unless its trigger was already stored; whether it was. */
	boolean insert(Row row, String triggerRef) {
		return jdbc.sql("""
				insert into care_distress (id, volunteer_id, lead_id, reason, trigger_ref, raised_at, version,
				    severity, excerpt)
				values (:id, :volunteer, :lead, :reason, :ref, :at, 0, :severity, :excerpt)
				on conflict (trigger_ref) do nothing""")
			.param("id", row.id().value())
			.param("volunteer", row.volunteer().value())
			.param("lead", row.lead() == null ? null : row.lead().value())
			.param("reason", row.reason().name())
			.param("ref", triggerRef)
			.param("at", Timestamp.from(row.raisedAt()))
			.param("severity", row.severity() == null ? null : row.severity().name())
			.param("excerpt", row.excerpt())
			.update() == 1;
	}

	Optional<Row> find(DistressId id) {
		return jdbc.sql("select * from care_distress where id = :id")
			.param("id", id.value())
			.query(DistressStore::map)
			.optional();
	}

	List<Row> open() {
		return jdbc.sql("select * from care_distress where reached_out_at is null order by raised_at")
			.query(DistressStore::map)
			.list();
	}

	List<Row> recent(int limit) {
		return jdbc.sql("select * from care_distress order by raised_at desc limit :limit")
			.param("limit", limit)
			.query(DistressStore::map)
			.list();
	}

	/** The alerts about the volunteers of one lead (the lead alerted), newest first. */
	List<Row> ofLead(PersonId lead, int limit) {
		return jdbc.sql("select * from care_distress where lead_id = :lead order by raised_at desc limit :limit")
			.param("lead", lead.value())
			.param("limit", limit)
			.query(DistressStore::map)
			.list();
	}

	boolean openFor(PersonId volunteer) {
		return jdbc.sql("select count(*) from care_distress where volunteer_id = :volunteer and reached_out_at is null")
			.param("volunteer", volunteer.value())
			.query(Integer.class)
			.single() > 0;
	}

	void reachedOut(DistressId id, long version, PersonId by, Instant at, String note) {
		int updated = jdbc.sql("""
				update care_distress set reached_out_by = :by, reached_out_at = :at, note = :note,
				    version = version + 1
				where id = :id and version = :version and reached_out_at is null""")
			.param("by", by.value())
			.param("at", Timestamp.from(at))
			.param("note", note)
			.param("id", id.value())
			.param("version", version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Someone else recorded reaching out meanwhile; look again.");
		}
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		UUID lead = rs.getObject("lead_id", UUID.class);
		UUID by = rs.getObject("reached_out_by", UUID.class);
		Timestamp at = rs.getTimestamp("reached_out_at");
		String severity = rs.getString("severity");
		return new Row(new DistressId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("volunteer_id", UUID.class)), lead == null ? null : new PersonId(lead),
				DistressAlert.Reason.valueOf(rs.getString("reason")), rs.getTimestamp("raised_at").toInstant(),
				by == null ? null : new PersonId(by), at == null ? null : at.toInstant(), rs.getString("note"),
				rs.getLong("version"), severity == null ? null : Severity.valueOf(severity), rs.getString("excerpt"));
	}

}
