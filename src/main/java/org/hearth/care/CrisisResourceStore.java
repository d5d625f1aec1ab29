package org.hearth.care;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CrisisResourceStore {

	private final JdbcClient jdbc;

	CrisisResourceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CrisisResource> all() {
		return jdbc.sql("select * from care_crisis_resource order by country nulls last, language nulls last, name")
			.query(CrisisResourceStore::map)
			.list();
	}

	Optional<CrisisResource> find(CrisisResourceId id) {
		return jdbc.sql("select * from care_crisis_resource where id = :id")
			.param("id", id.value())
			.query(CrisisResourceStore::map)
			.optional();
	}

	void insert(CrisisResource r) {
		jdbc.sql("""
				insert into care_crisis_resource (id, country, language, name, phone, text_number, url, hours,
				    description, checked_on, version)
				values (:id, :country, :language, :name, :phone, :text, :url, :hours, :description, :checked, 0)""")
			.params(params(r))
			.update();
	}

	void update(CrisisResource r) {
		int updated = jdbc.sql("""
				update care_crisis_resource set country = :country, language = :language, name = :name, phone = :phone,
				    text_number = :text, url = :url, hours = :hours, description = :description,
				    checked_on = :checked, version = version + 1
				where id = :id and version = :version""").params(params(r)).param("version", r.version()).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Someone else changed or removed this entry meanwhile; look again.");
		}
	}

	void delete(CrisisResourceId id, long version) {
		int deleted = jdbc.sql("delete from care_crisis_resource where id = :id and version = :version")
			.param("id", id.value())
			.param("version", version)
			.update();
		if (deleted != 1) {
			throw new OptimisticLockingFailureException("Someone else changed this entry meanwhile; look again.");
		}
	}

	private static java.util.Map<String, Object> params(CrisisResource r) {
		var params = new java.util.HashMap<String, Object>();
		params.put("id", r.id().value());
		params.put("country", r.country());
		params.put("language", r.language());
		params.put("name", r.name());
		params.put("phone", r.phone());
		params.put("text", r.textNumber());
		params.put("url", r.url());
		params.put("hours", r.hours());
		params.put("description", r.description());
		params.put("checked", Date.valueOf(r.checkedOn()));
		return params;
	}

	private static CrisisResource map(ResultSet rs, int n) throws SQLException {
		return new CrisisResource(new CrisisResourceId(rs.getObject("id", java.util.UUID.class)),
				rs.getString("country"), rs.getString("language"), rs.getString("name"), rs.getString("phone"),
				rs.getString("text_number"), rs.getString("url"), rs.getString("hours"), rs.getString("description"),
				rs.getDate("checked_on").toLocalDate(), rs.getLong("version"));
	}

	/** Locks the entries that serve everywhere and counts them. */
	int lockEverywhere() {
		return jdbc.sql("select id from care_crisis_resource where country is null for update")
			.query()
			.listOfRows()
			.size();
	}

}
