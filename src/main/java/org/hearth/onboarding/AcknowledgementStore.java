package org.hearth.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which version of which policy each person acknowledged, and when. */
@Repository
class AcknowledgementStore {

	private final JdbcClient jdbc;

	AcknowledgementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes the acknowledgement; false when the person had acknowledged that version
	 * already.
	 */
	boolean insert(PersonId person, String key, int version, Instant at) {
		return jdbc.sql("""
				insert into policy_acknowledgement (person_id, policy_key, version_number, acknowledged_at)
				values (:person, :key, :version, :at) on conflict do nothing""")
			.param("person", person.value())
			.param("key", key)
			.param("version", version)
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	/** The highest version of each of the policies each person acknowledged. */
	Map<PersonId, Map<String, Integer>> latestVersions(Collection<String> keys) {
		var versions = new HashMap<PersonId, Map<String, Integer>>();
		jdbc.sql("""
				select person_id, policy_key, max(version_number) as version from policy_acknowledgement
				where policy_key in (:keys) group by person_id, policy_key""")
			.param("keys", List.copyOf(keys))
			.query((rs, row) -> versions
				.computeIfAbsent(new PersonId(rs.getObject("person_id", UUID.class)), person -> new HashMap<>())
				.put(rs.getString("policy_key"), rs.getInt("version")))
			.list();
		return versions;
	}

	/** The highest version of each policy the person acknowledged. */
	Map<String, Integer> latestVersionsOf(PersonId person) {
		return jdbc.sql("""
				select policy_key, max(version_number) as version from policy_acknowledgement
				where person_id = :person group by policy_key""")
			.param("person", person.value())
			.query((rs, n) -> Map.entry(rs.getString("policy_key"), rs.getInt("version")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The highest version of the policy the person acknowledged, 0 for none. */
	int acknowledgedVersion(PersonId person, String key) {
		return jdbc.sql(
				"select coalesce(max(version_number), 0) from policy_acknowledgement where person_id = :person and policy_key = :key")
			.param("person", person.value())
			.param("key", key)
			.query(Integer.class)
			.single();
	}

}
