package org.hearth.onboarding;

import java.util.ArrayList;
import java.util.List;

import org.hearth.shared.RequestRefused;

/**
 * A course's quiz: questions with one right answer among their options, and the pass mark
 * in percent. Staff write it as plain text:
 *
 * <pre>
 * ? What do you do when someone tells you they are thinking of suicide?
 * - Change the subject
 * * Ask directly, listen, and share crisis resources
 * </pre>
 *
 * where {@code *} marks the right answer.
 */
public record Quiz(List<Question> questions, int passMark) {

	/** The parts of a quiz it refuses. */
	public enum Part implements RequestRefused.Part {

		QUESTIONS, PASS_MARK

	}

	public Quiz {
		questions = List.copyOf(questions);
		if (questions.isEmpty()) {
			throw new RequestRefused(Part.QUESTIONS, "Write at least one question, starting its line with \"?\".");
		}
		if (passMark < 1 || passMark > 100) {
			throw new RequestRefused(Part.PASS_MARK, "A pass mark is between 1 and 100 percent.");
		}
	}

	/** One question, its options, and the index of the right one. */
	public record Question(String prompt, List<String> options, int answer) {

		public Question {
			options = List.copyOf(options);
		}

	}

	/** The result of one attempt. */
	public record Result(int correct, int total, int percent, boolean passed) {
	}

	public static Quiz parse(String text, int passMark) {
		var questions = new ArrayList<Question>();
		String prompt = null;
		var options = new ArrayList<String>();
		int answer = -1;
		int line = 0;
		for (String raw : (text == null ? "" : text).split("\\R")) {
			line++;
			String l = raw.strip();
			if (l.isEmpty()) {
				continue;
			}
			if (l.startsWith("?")) {
				if (prompt != null) {
					questions.add(question(prompt, options, answer));
				}
				prompt = l.substring(1).strip();
				options = new ArrayList<>();
				answer = -1;
			}
			else if ((l.startsWith("-") || l.startsWith("*")) && prompt != null) {
				if (l.startsWith("*")) {
					if (answer >= 0) {
						throw new RequestRefused(Part.QUESTIONS,
								"\"" + prompt + "\" has more than one right answer (line " + line + ").");
					}
					answer = options.size();
				}
				options.add(l.substring(1).strip());
			}
			else {
				throw new RequestRefused(Part.QUESTIONS, "Line " + line
						+ " should start with \"?\" (a question), \"-\" (an option) or \"*\" (the right option).");
			}
		}
		if (prompt != null) {
			questions.add(question(prompt, options, answer));
		}
		return new Quiz(questions, passMark);
	}

	private static Question question(String prompt, List<String> options, int answer) {
		if (options.size() < 2) {
			throw new RequestRefused(Part.QUESTIONS, "\"" + prompt + "\" needs at least two options.");
		}
		if (answer < 0) {
			throw new RequestRefused(Part.QUESTIONS, "Mark the right answer of \"" + prompt + "\" with \"*\".");
		}
		return new Question(prompt, options, answer);
	}

	/**
	 * Scores answers given by option index, one per question; an unanswered question
	 * counts as wrong.
	 */
	public Result score(List<Integer> answers) {
		int correct = 0;
		for (int i = 0; i < questions.size(); i++) {
			Integer given = i < answers.size() ? answers.get(i) : null;
			if (given != null && given == questions.get(i).answer()) {
				correct++;
			}
		}
		int percent = correct * 100 / questions.size();
		return new Result(correct, questions.size(), percent, percent >= passMark);
	}

}
