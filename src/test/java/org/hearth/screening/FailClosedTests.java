package org.hearth.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A screening step that fails comes back as an error that holds the message for a person,
 * never as clean.
 */
class FailClosedTests {

	static final ScreeningRequest REQUEST = ScreeningRequest.of("I can't see the point in anything", AuthorRole.MEMBER);

	@Test
	void engineThatThrowsHoldsTheMessageForReviewInsteadOfPassingItAsClean() {
		ScreeningResult result = FailClosed.screen(request -> {
			throw new IllegalStateException("model session closed");
		}, REQUEST);

		assertThat(result.error()).isTrue();
		assertThat(result.isClean()).isFalse();
		assertThat(result.action()).isEqualTo(Action.HOLD_FOR_HUMAN_REVIEW);
		assertThat(result.action().jsonName()).isEqualTo("hold_for_human_review");
	}

	@Test
	void engineThatOverflowsItsStackOrReturnsNothingIsAnErrorToo() {
		assertThat(FailClosed.screen(request -> {
			throw new StackOverflowError();
		}, REQUEST).error()).isTrue();
		assertThat(FailClosed.screen(request -> null, REQUEST).error()).isTrue();
	}

	@Test
	void workingEnginePassesItsResultThrough() {
		ScreeningResult found = Screener.withShippedRules().screen("you should kill yourself", AuthorRole.VOLUNTEER);

		ScreeningResult result = FailClosed.screen(request -> found, REQUEST);

		assertThat(result).isSameAs(found);
		assertThat(result.error()).isFalse();
	}

	@Test
	void partialResultMarkedAsFailedKeepsItsFindingsAndTheStrongerAction() {
		ScreeningResult crisis = Screener.withShippedRules().screen("I want to end it all tonight", AuthorRole.MEMBER);

		ScreeningResult partial = crisis.withError();

		assertThat(partial.categories()).isEqualTo(crisis.categories());
		assertThat(partial.isClean()).isFalse();
		assertThat(partial.action()).isEqualTo(Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT);
		assertThat(ScreeningResult.failed().withError().action()).isEqualTo(Action.HOLD_FOR_HUMAN_REVIEW);
		assertThat(new ScreeningResult(List.of(), List.of(), Action.NONE, null, true).action())
			.isEqualTo(Action.HOLD_FOR_HUMAN_REVIEW);
	}

}
