package org.hearth.screening.live;

import java.util.List;
import java.util.Set;

import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.ScreeningResult;
import org.hearth.screening.WordingCheck;

import org.springframework.stereotype.Service;

/**
 * Reads wording Hearth is about to send on someone's behalf, such as feedback to a
 * volunteer, as if a volunteer wrote it, and returns what would hurt: shaming,
 * harassment, hate, romance or encouragement of self-harm.
 */
@Service
class WordingScreening implements WordingCheck {

	private static final Set<Category> UNKIND = Set.of(Category.SHAMING, Category.HARASSMENT, Category.HATE_SPEECH,
			Category.ROMANTIC_SOLICITATION, Category.SELF_HARM_ENCOURAGEMENT);

	private final LiveScreening screening;

	WordingScreening(LiveScreening screening) {
		this.screening = screening;
	}

	@Override
	public List<WordingConcern> concerns(String text) {
		ScreeningResult result = screening.screen(text, AuthorRole.VOLUNTEER, List.of());
		if (result.error()) {
			return List.of(new WordingConcern("SCREENING_FAILED", 0, text == null ? 0 : text.length(),
					"This wording could not be checked; have someone read it before it is sent."));
		}
		return result.findings()
			.stream()
			.filter(finding -> UNKIND.contains(finding.category()))
			.map(finding -> new WordingConcern(finding.category().name(), finding.start(), finding.end(),
					finding.reason()))
			.toList();
	}

}
