package org.hearth.onboarding;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses staff author, and the attempts applicants and volunteers make at their quizzes.
 */
@Service
public class Courses implements CourseCatalog {

	private final CourseStore store;

	private final AuditLog audit;

	private final ServiceRecords records;

	private final Clock clock;

	private final Programs catalog;

	Courses(CourseStore store, AuditLog audit, ServiceRecords records, Clock clock, Programs catalog) {
		this.store = store;
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
		return store.all();
	}

	@Transactional(readOnly = true)
	public Optional<Course> find(UUID id) {
		return store.find(id);
	}

	@Transactional(readOnly = true)
	public Optional<Course> named(String name) {
		return store.named(name);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<String> missing(Collection<String> names) {
		Set<String> known = new HashSet<>(store.lowerCaseNames());
		return names.stream()
			.filter(name -> !known.contains(name.toLowerCase(Locale.ROOT)))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> names() {
		return store.names();
	}

	@Transactional
	public Course create(String name, String description, int passMark, String lessons, String quiz) {
		var course = new Course(UUID.randomUUID(), name, description, passMark, lessons, quiz, clock.instant(), 0);
		if (named(course.name()).isPresent()) {
			throw new RequestRefused("name", "There is already a course called " + course.name());
		}
		store.insert(course);
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
		if (!store.update(course, version)) {
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
		store.insert(attempt, person);
		audit.record("requirement.course", "person", person, course.name() + ": " + result.correct() + " of "
				+ result.total() + (result.passed() ? ", passed" : ", not passed yet"));
		if (result.passed()) {
			records.note(person, "course", "Passed " + course.name() + " (" + result.percent() + "%)");
		}
		return attempt;
	}

	@Transactional(readOnly = true)
	public List<Attempt> attempts(UUID courseId, PersonId person) {
		return store.attempts(courseId, person);
	}

}
