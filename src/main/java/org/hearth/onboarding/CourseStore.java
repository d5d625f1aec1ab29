package org.hearth.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.onboarding.Courses.Attempt;
import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses and the attempts people make at their quizzes. */
@Repository
class CourseStore {

	private final JdbcClient jdbc;

	CourseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Course> all() {
		return jdbc.sql("select * from course order by name").query(CourseStore::map).list();
	}

	Optional<Course> find(UUID id) {
		return jdbc.sql("select * from course where id = :id").param("id", id).query(CourseStore::map).optional();
	}

	/** The course with the name, letter case aside. */
	Optional<Course> named(String name) {
		return jdbc.sql("select * from course where lower(name) = lower(:name)")
			.param("name", name)
			.query(CourseStore::map)
			.optional();
	}

	/** Every course's name in lower case. */
	List<String> lowerCaseNames() {
		return jdbc.sql("select lower(name) from course").query(String.class).list();
	}

	List<String> names() {
		return jdbc.sql("select name from course order by name").query(String.class).list();
	}

	/** The names of the courses the person passed. */
	Set<String> passedBy(PersonId person) {
		return jdbc.sql("""
				select distinct c.name from course_attempt a join course c on c.id = a.course_id
				where a.person_id = :person and a.passed""").param("person", person.value()).query(String.class).set();
	}

	void insert(Course course) {
		jdbc.sql("""
				insert into course (id, name, description, pass_mark, lessons, quiz, created_at, version)
				values (:id, :name, :description, :mark, :lessons, :quiz, :at, 0)""")
			.param("id", course.id())
			.param("name", course.name())
			.param("description", course.description())
			.param("mark", course.passMark())
			.param("lessons", course.lessonsText())
			.param("quiz", course.quizText())
			.param("at", Timestamp.from(course.createdAt()))
			.update();
	}

	/**
	 * Writes the course over the one stored at {@code version}; false when that is stale.
	 */
	boolean update(Course course, long version) {
		return jdbc
			.sql("""
					update course set name = :name, description = :description, pass_mark = :mark, lessons = :lessons, quiz = :quiz,
					  version = version + 1 where id = :id and version = :version""")
			.param("id", course.id())
			.param("name", course.name())
			.param("description", course.description())
			.param("mark", course.passMark())
			.param("lessons", course.lessonsText())
			.param("quiz", course.quizText())
			.param("version", version)
			.update() > 0;
	}

	void insert(Attempt attempt, PersonId person) {
		jdbc.sql("""
				insert into course_attempt (id, course_id, person_id, correct, total, passed, attempted_at)
				values (:id, :course, :person, :correct, :total, :passed, :at)""")
			.param("id", attempt.id())
			.param("course", attempt.course())
			.param("person", person.value())
			.param("correct", attempt.correct())
			.param("total", attempt.total())
			.param("passed", attempt.passed())
			.param("at", Timestamp.from(attempt.at()))
			.update();
	}

	/** The person's attempts at the course, latest first. */
	List<Attempt> attempts(UUID course, PersonId person) {
		return jdbc.sql(
				"select * from course_attempt where course_id = :course and person_id = :person order by attempted_at desc")
			.param("course", course)
			.param("person", person.value())
			.query((rs, n) -> new Attempt(rs.getObject("id", UUID.class), course, rs.getInt("correct"),
					rs.getInt("total"), rs.getBoolean("passed"), rs.getTimestamp("attempted_at").toInstant()))
			.list();
	}

	static Course map(ResultSet rs, int row) throws SQLException {
		return new Course(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getInt("pass_mark"), rs.getString("lessons"), rs.getString("quiz"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

}
