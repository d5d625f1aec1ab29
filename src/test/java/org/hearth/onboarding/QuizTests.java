package org.hearth.onboarding;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.shared.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizTests {

	static final String QUIZ = """
			? Someone says they are thinking of ending their life. What do you do?
			- Change the subject to something lighter
			* Ask them directly, listen, and share crisis resources
			- Tell them which medication to take

			? Where does your advice come from?
			* Personal experience
			- Professional expertise
			""";

	@Test
	void readsQuestionsOptionsAndTheRightAnswers() {
		Quiz quiz = Quiz.parse(QUIZ, 80);

		assertThat(quiz.questions()).hasSize(2);
		assertThat(quiz.questions().get(0).options()).hasSize(3);
		assertThat(quiz.questions().get(0).answer()).isEqualTo(1);
		assertThat(quiz.questions().get(1).answer()).isEqualTo(0);
	}

	@Test
	void passesAtThePassMark() {
		Quiz quiz = Quiz.parse(QUIZ, 50);

		assertThat(quiz.score(List.of(1, 0))).isEqualTo(new Quiz.Result(2, 2, 100, true));
		assertThat(quiz.score(List.of(1, 1))).isEqualTo(new Quiz.Result(1, 2, 50, true));
		assertThat(Quiz.parse(QUIZ, 80).score(List.of(1, 1)).passed()).isFalse();
	}

	@Test
	void countsAnUnansweredQuestionAsWrong() {
		assertThat(Quiz.parse(QUIZ, 50).score(Arrays.asList(null, 0)).correct()).isEqualTo(1);
		assertThat(Quiz.parse(QUIZ, 50).score(List.of()).correct()).isZero();
	}

	@Test
	void refusesAQuestionWithoutARightAnswer() {
		assertThatThrownBy(() -> Quiz.parse("? Why?\n- a\n- b", 50)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Mark the right answer");
	}

	@Test
	void refusesAQuestionWithTwoRightAnswers() {
		assertThatThrownBy(() -> Quiz.parse("? Why?\n* a\n* b", 50)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("more than one right answer");
	}

	@Test
	void refusesALineItCannotRead() {
		assertThatThrownBy(() -> Quiz.parse("Why?\n* a\n- b", 50)).isInstanceOf(RequestRefused.class)
			.extracting("part")
			.isEqualTo(Quiz.Part.QUESTIONS);
	}

	@Test
	void splitsLessonsAtTheirTitles() {
		Course course = new Course(UUID.randomUUID(), "Foundations", "", 80,
				"# Welcome\nWe listen.\n\n# Boundaries\n- Take breaks\n- Ask for a debrief", QUIZ, null, 0);

		assertThat(course.lessons()).extracting(Course.Lesson::title).containsExactly("Welcome", "Boundaries");
		assertThat(course.lessons().get(1).markdown()).isEqualTo("- Take breaks\n- Ask for a debrief");
	}

}
