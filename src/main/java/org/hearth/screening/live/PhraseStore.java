package org.hearth.screening.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hearth.screening.Category;
import org.hearth.screening.live.PhraseRules.Audience;
import org.hearth.screening.live.PhraseRules.Kind;
import org.hearth.screening.live.PhraseRules.Phrase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The phrases admins set, and the revision every instance watches to know when they
 * changed.
 */
@Repository
class PhraseStore {

	private final JdbcClient jdbc;

	PhraseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Phrase> all() {
		return jdbc.sql("select * from screening_phrase order by category, kind, lower(phrase)")
			.query((rs, n) -> new Phrase(rs.getObject("id", UUID.class), Category.valueOf(rs.getString("category")),
					Kind.valueOf(rs.getString("kind")), rs.getString("phrase"),
					Audience.valueOf(rs.getString("applies_to")), rs.getString("created_by")))
			.list();
	}

	/** Whether the category already has the phrase of the kind, letter case aside. */
	boolean exists(Category category, Kind kind, String phrase) {
		return jdbc
			.sql("""
					select count(*) from screening_phrase where category = :category and kind = :kind and lower(phrase) = lower(:phrase)""")
			.param("category", category.name())
			.param("kind", kind.name())
			.param("phrase", phrase)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(Phrase phrase, Instant at) {
		jdbc.sql("""
				insert into screening_phrase (id, category, kind, phrase, applies_to, created_at, created_by)
				values (:id, :category, :kind, :phrase, :audience, :at, :by)""")
			.param("id", phrase.id())
			.param("category", phrase.category().name())
			.param("kind", phrase.kind().name())
			.param("phrase", phrase.phrase())
			.param("audience", phrase.audience().name())
			.param("at", Timestamp.from(at))
			.param("by", phrase.createdBy())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from screening_phrase where id = :id").param("id", id).update();
	}

	long revision() {
		return jdbc.sql("select revision from screening_revision where id = 1").query(Long.class).single();
	}

	void bumpRevision() {
		jdbc.sql("update screening_revision set revision = revision + 1 where id = 1").update();
	}

}
