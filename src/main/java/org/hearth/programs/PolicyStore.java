package org.hearth.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Policy documents by their key, and their versions: a version once published is never
 * changed.
 */
@Repository
class PolicyStore {

	private final JdbcClient jdbc;

	PolicyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PolicyDocument> policies() {
		return jdbc.sql("""
				select d.key, d.title, d.created_at, coalesce(max(v.number), 0) as current_version
				from policy_document d left join policy_version v on v.policy_document_id = d.id
				group by d.id order by d.title""").query(PolicyStore::policy).list();
	}

	Optional<PolicyDocument> policy(String key) {
		return jdbc.sql("""
				select d.key, d.title, d.created_at, coalesce(max(v.number), 0) as current_version
				from policy_document d left join policy_version v on v.policy_document_id = d.id
				where d.key = :key group by d.id""").param("key", key).query(PolicyStore::policy).optional();
	}

	List<PolicyVersion> versions(String key) {
		return jdbc.sql("""
				select d.key, v.* from policy_version v join policy_document d on d.id = v.policy_document_id
				where d.key = :key order by v.number desc""").param("key", key).query(PolicyStore::version).list();
	}

	Optional<PolicyVersion> version(String key, int number) {
		return jdbc.sql("""
				select d.key, v.* from policy_version v join policy_document d on d.id = v.policy_document_id
				where d.key = :key and v.number = :number""")
			.param("key", key)
			.param("number", number)
			.query(PolicyStore::version)
			.optional();
	}

	void insertDocument(String key, String title, Instant at) {
		jdbc.sql("insert into policy_document (id, key, title, created_at) values (:id, :key, :title, :at)")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("title", title)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * The document's id, locked until the transaction ends so that two versions published
	 * at once get different numbers; empty when no policy has the key.
	 */
	Optional<UUID> lockDocument(String key) {
		return jdbc.sql("select id from policy_document where key = :key for update")
			.param("key", key)
			.query(UUID.class)
			.optional();
	}

	/** The number the document's next version takes. */
	int nextVersionNumber(UUID document) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from policy_version where policy_document_id = :id")
			.param("id", document)
			.query(Integer.class)
			.single();
	}

	void insertVersion(UUID document, int number, String body, String summary, Instant at, String by) {
		jdbc.sql(
				"""
						insert into policy_version (id, policy_document_id, number, body, summary_of_changes, published_at, published_by)
						values (:id, :document, :number, :body, :summary, :at, :by)""")
			.param("id", UUID.randomUUID())
			.param("document", document)
			.param("number", number)
			.param("body", body)
			.param("summary", summary)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	private static PolicyDocument policy(ResultSet rs, int row) throws SQLException {
		return new PolicyDocument(rs.getString("key"), rs.getString("title"), rs.getTimestamp("created_at").toInstant(),
				rs.getInt("current_version"));
	}

	private static PolicyVersion version(ResultSet rs, int row) throws SQLException {
		return new PolicyVersion(rs.getString("key"), rs.getInt("number"), rs.getString("body"),
				rs.getString("summary_of_changes"), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"));
	}

}
