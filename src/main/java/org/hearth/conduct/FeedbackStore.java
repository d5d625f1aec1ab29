package org.hearth.conduct;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.hearth.conduct.ReportStore.instant;
import static org.hearth.conduct.ReportStore.timestamp;

@Repository
class FeedbackStore {

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Feedback f) {
		jdbc.sql(
				"""
						insert into conduct_feedback (id, volunteer_id, author_id, author_name, text, sent_despite_concerns, sent_at, version)
						values (:id, :volunteer, :author, :authorName, :text, :concerns, :at, 0)""")
			.param("id", f.id().value())
			.param("volunteer", f.volunteer().value())
			.param("author", f.author().value())
			.param("authorName", f.authorName())
			.param("text", f.text())
			.param("concerns", f.sentDespiteConcerns())
			.param("at", timestamp(f.sentAt()))
			.update();
	}

	void update(Feedback f) {
		int updated = jdbc.sql("""
				update conduct_feedback set acknowledged_at = :ack, answer = :answer, answered_at = :answeredAt,
				    version = version + 1
				where id = :id and version = :version""")
			.param("ack", timestamp(f.acknowledgedAt()))
			.param("answer", f.answer())
			.param("answeredAt", timestamp(f.answeredAt()))
			.param("id", f.id().value())
			.param("version", f.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("This feedback changed meanwhile; look again.");
		}
	}

	Optional<Feedback> find(FeedbackId id) {
		return jdbc.sql("select * from conduct_feedback where id = :id")
			.param("id", id.value())
			.query(FeedbackStore::map)
			.optional();
	}

	List<Feedback> forVolunteers(Collection<PersonId> volunteers) {
		if (volunteers.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from conduct_feedback where volunteer_id in (:v) order by sent_at desc")
			.param("v", volunteers.stream().map(PersonId::value).toList())
			.query(FeedbackStore::map)
			.list();
	}

	List<Feedback> all() {
		return jdbc.sql("select * from conduct_feedback order by sent_at desc limit 500")
			.query(FeedbackStore::map)
			.list();
	}

	private static Feedback map(ResultSet rs, int row) throws SQLException {
		return new Feedback(new FeedbackId(rs.getObject("id", UUID.class)),
				new PersonId(rs.getObject("volunteer_id", UUID.class)),
				new PersonId(rs.getObject("author_id", UUID.class)), rs.getString("author_name"), rs.getString("text"),
				rs.getString("sent_despite_concerns"), instant(rs.getTimestamp("sent_at")),
				instant(rs.getTimestamp("acknowledged_at")), rs.getString("answer"),
				instant(rs.getTimestamp("answered_at")), rs.getLong("version"));
	}

}
