package org.hearth.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.people.PersonId;
import org.hearth.programs.CourseCatalog;
import org.hearth.programs.Programs;
import org.hearth.volunteering.ServiceRecords;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses staff author, and the attempts applicants and volunteers make at their quizzes.
 */
@Service
public class Courses implements CourseCatalog {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ServiceRecords records;

	private final Clock clock;

	private final Programs catalog;

	Courses(JdbcClient jdbc, AuditLog audit, ServiceRecords records, Clock clock, Programs catalog) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.records = records;
		this.clock = clock;
		this.catalog = catalog;
	}

	/** One attempt at a course's quiz. */
	public record Attempt(UUID id, UUID course, int correct, int total, boolean passed, java.time.Instant at) {
	}

	@Transactional(readOnly = true)
	public List<Course> all() {
		return jdbc.sql("select * from course order by name").query(Courses::map).list();
	}

	@Transactional(readOnly = true)
	public Optional<Course> find(UUID id) {
		return jdbc.sql("select * from course where id = :id").param("id", id).query(Courses::map).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Course> named(String name) {
		return jdbc.sql("select * from course where lower(name) = lower(:name)")
			.param("name", name)
			.query(Courses::map)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> missing(Collection<String> names) {
		Set<String> known = new HashSet<>(jdbc.sql("select lower(name) from course").query(String.class).list());
		return names.stream()
			.filter(name -> !known.contains(name.toLowerCase(Locale.ROOT)))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> names() {
		return jdbc.sql("select name from course order by name").query(String.class).list();
	}

	@Transactional
	public Course create(String name, String description, int passMark, String lessons, String quiz) {
		var course = new Course(UUID.randomUUID(), name, description, passMark, lessons, quiz, clock.instant(), 0);
		if (named(course.name()).isPresent()) {
			throw new RequestRefused("name", "There is already a course called " + course.name());
		}
		jdbc.sql("""
				insert into course (id, name, description, pass_mark, lessons, quiz, created_at, version)
				values (:id, :name, :description, :mark, :lessons, :quiz, :at, 0)""")
			.param("id", course.id())
			.param("name", course.name())
			.param("description", course.description())
			.param("mark", passMark)
			.param("lessons", course.lessonsText())
			.param("quiz", quiz)
			.param("at", Timestamp.from(course.createdAt()))
			.update();
		audit.record("course.created", "course", course.id(), course.name() + ": " + course.lessons().size()
				+ " lesson(s), " + course.quiz().questions().size() + " question(s), pass mark " + passMark + "%");
		return course;
	}

	@Transactional
	public Course revise(UUID id, String name, String description, int passMark, String lessons, String quiz,
			long version) {
		Course before = find(id).orElseThrow(() -> new NotFound("There is no course " + id));
		var course = new Course(id, name, description, passMark, lessons, quiz, before.createdAt(), version + 1);
		named(course.name()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
			throw new RequestRefused("name", "There is already a course called " + course.name());
		});
		int updated = jdbc
			.sql("""
					update course set name = :name, description = :description, pass_mark = :mark, lessons = :lessons, quiz = :quiz,
					  version = version + 1 where id = :id and version = :version""")
			.param("id", id)
			.param("name", course.name())
			.param("description", course.description())
			.param("mark", passMark)
			.param("lessons", course.lessonsText())
			.param("quiz", quiz)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"Someone else changed the course meanwhile; reload and try again.");
		}
		audit.record("course.revised", "course", id, course.name());
		if (!before.name().equals(course.name())) {
			catalog.renameRequiredCourse(before.name(), course.name());
		}
		return course;
	}

	/**
	 * Scores and records an attempt; passing adds a line to the person's record. Attempts
	 * are unlimited.
	 */
	@Transactional
	public Attempt attempt(UUID courseId, PersonId person, List<Integer> answers) {
		Course course = find(courseId).orElseThrow(() -> new NotFound("There is no course " + courseId));
		Quiz.Result result = course.quiz().score(answers);
		var attempt = new Attempt(UUID.randomUUID(), courseId, result.correct(), result.total(), result.passed(),
				clock.instant());
		jdbc.sql("""
				insert into course_attempt (id, course_id, person_id, correct, total, passed, attempted_at)
				values (:id, :course, :person, :correct, :total, :passed, :at)""")
			.param("id", attempt.id())
			.param("course", courseId)
			.param("person", person.value())
			.param("correct", result.correct())
			.param("total", result.total())
			.param("passed", result.passed())
			.param("at", Timestamp.from(attempt.at()))
			.update();
		audit.record("requirement.course", "person", person, course.name() + ": " + result.correct() + " of "
				+ result.total() + (result.passed() ? ", passed" : ", not passed yet"));
		if (result.passed()) {
			records.note(person, "course", "Passed " + course.name() + " (" + result.percent() + "%)");
		}
		return attempt;
	}

	@Transactional(readOnly = true)
	public List<Attempt> attempts(UUID courseId, PersonId person) {
		return jdbc.sql(
				"select * from course_attempt where course_id = :course and person_id = :person order by attempted_at desc")
			.param("course", courseId)
			.param("person", person.value())
			.query((rs, n) -> new Attempt(rs.getObject("id", UUID.class), courseId, rs.getInt("correct"),
					rs.getInt("total"), rs.getBoolean("passed"), rs.getTimestamp("attempted_at").toInstant()))
			.list();
	}

	static Course map(ResultSet rs, int row) throws SQLException {
		return new Course(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
				rs.getInt("pass_mark"), rs.getString("lessons"), rs.getString("quiz"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

}
