package org.hearth.spaces;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.people.Role;
import org.hearth.programs.ProgramId;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SpaceStore {

	private final JdbcClient jdbc;

	SpaceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Space> all() {
		return jdbc.sql("select * from shared_space order by position, name, id").query(SpaceStore::map).list();
	}

	Optional<Space> find(SpaceId id) {
		return jdbc.sql("select * from shared_space where id = :id")
			.param("id", id.value())
			.query(SpaceStore::map)
			.optional();
	}

	void insert(Space space) {
		jdbc.sql("""
				insert into shared_space (id, name, kind, url, description, role, program_id, position, version)
				values (:id, :name, :kind, :url, :description, :role, :program, :position, 0)""")
			.params(params(space))
			.update();
	}

	void update(Space space) {
		int updated = jdbc.sql("""
				update shared_space set name = :name, kind = :kind, url = :url, description = :description,
				    role = :role, program_id = :program, position = :position, version = version + 1
				where id = :id and version = :version""")
			.params(params(space))
			.param("version", space.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Someone else changed or removed this space meanwhile; look at it again.");
		}
	}

	void delete(SpaceId id, long version) {
		int deleted = jdbc.sql("delete from shared_space where id = :id and version = :version")
			.param("id", id.value())
			.param("version", version)
			.update();
		if (deleted != 1) {
			throw new OptimisticLockingFailureException(
					"Someone else changed or removed this space meanwhile; look at it again.");
		}
	}

	private static Map<String, Object> params(Space space) {
		var params = new HashMap<String, Object>();
		params.put("id", space.id().value());
		params.put("name", space.name());
		params.put("kind", space.kind().name());
		params.put("url", space.url());
		params.put("description", space.description());
		params.put("role", space.audience().role().name());
		params.put("program", space.audience().program() == null ? null : space.audience().program().value());
		params.put("position", space.position());
		return params;
	}

	private static Space map(ResultSet rs, int row) throws SQLException {
		UUID program = rs.getObject("program_id", UUID.class);
		return new Space(new SpaceId(rs.getObject("id", UUID.class)), rs.getString("name"),
				SpaceKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("description"),
				new Audience(Role.valueOf(rs.getString("role")), program == null ? null : new ProgramId(program)),
				rs.getInt("position"), rs.getLong("version"));
	}

}
