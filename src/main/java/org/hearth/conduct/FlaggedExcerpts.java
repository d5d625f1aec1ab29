package org.hearth.conduct;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.hearth.screening.AuthorRole;
import org.hearth.screening.KeptMessages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The excerpts of flagged messages kept with the reports screening filed: the only
 * screened text Hearth holds.
 */
@Component
class FlaggedExcerpts implements KeptMessages {

	private final JdbcClient jdbc;

	FlaggedExcerpts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<KeptMessage> since(Instant since, int limit) {
		return jdbc.sql("""
				select excerpts, subject_kind from conduct_report
				where source = 'SCREENING' and excerpts is not null and filed_at >= :since
				order by filed_at desc limit :limit""")
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((row, n) -> new KeptMessage(row.getString(1),
					"VOLUNTEER".equals(row.getString(2)) ? AuthorRole.VOLUNTEER : AuthorRole.MEMBER))
			.list();
	}

}
