package org.hearth.onboarding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.shared.RequestRefused;

/**
 * A course hosted in Hearth: lessons written in Markdown (each begins with a
 * {@code # Title} line) and a quiz with a pass mark. Roles require courses by name.
 */
public record Course(UUID id, String name, String description, int passMark, String lessonsText, String quizText,
		Instant createdAt, long version) {

	/** The parts of a course it refuses. */
	public enum Part implements RequestRefused.Part {

		NAME, LESSONS

	}

	public Course {
		if (name == null || name.isBlank() || name.strip().length() > 120) {
			throw new RequestRefused(Part.NAME, "Name the course in up to 120 characters, as roles will ask for it.");
		}
		name = name.strip();
		description = description == null ? "" : description.strip();
		lessonsText = lessonsText == null ? "" : lessonsText.strip();
		if (lessonsText.isEmpty()) {
			throw new RequestRefused(Part.LESSONS, "Write at least one lesson, starting with a \"# Title\" line.");
		}
		Quiz.parse(quizText, passMark);
	}

	/** One lesson: a title and its Markdown body. */
	public record Lesson(String title, String markdown) {
	}

	public Quiz quiz() {
		return Quiz.parse(quizText, passMark);
	}

	public List<Lesson> lessons() {
		var lessons = new ArrayList<Lesson>();
		String title = null;
		var body = new StringBuilder();
		for (String line : lessonsText.split("\\R", -1)) {
			if (line.startsWith("# ")) {
				if (title != null || !body.toString().isBlank()) {
					lessons.add(new Lesson(title == null ? name : title, body.toString().strip()));
				}
				title = line.substring(2).strip();
				body = new StringBuilder();
			}
			else {
				body.append(line).append('\n');
			}
		}
		if (title != null || !body.toString().isBlank()) {
			lessons.add(new Lesson(title == null ? name : title, body.toString().strip()));
		}
		return List.copyOf(lessons);
	}

}
