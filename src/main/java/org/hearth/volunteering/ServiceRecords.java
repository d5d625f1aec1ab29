package org.hearth.volunteering;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's service record: one line for each enrolment change, lead, course passed
 * and policy acknowledged. Other modules add their lines here; nothing is edited.
 */
@Service
public class ServiceRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	ServiceRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds a line to the person's record, in the caller's transaction. */
	@Transactional
	public void note(PersonId person, String kind, String text) {
		jdbc.sql("insert into service_record (person_id, at, kind, text) values (:person, :at, :kind, :text)")
			.param("person", person.value())
			.param("at", Timestamp.from(clock.instant()))
			.param("kind", kind)
			.param("text", text)
			.update();
	}

	@Transactional(readOnly = true)
	public List<ServiceRecordEntry> of(PersonId person) {
		return jdbc.sql("select * from service_record where person_id = :person order by at desc, id desc")
			.param("person", person.value())
			.query((rs, n) -> new ServiceRecordEntry(rs.getTimestamp("at").toInstant(), rs.getString("kind"),
					rs.getString("text")))
			.list();
	}

}
