package org.hearth.site;

import java.util.List;

import org.hearth.people.HearthUser;

/**
 * A module's part of a person's home page: cards with a title, a line of text and links.
 * Modules declare one as a bean; the home page shows every card the signed-in person
 * should see.
 */
@FunctionalInterface
public interface HomeContribution {

	List<HomeCard> cardsFor(HearthUser user);

	/** A card on the home page. */
	record HomeCard(int order, String title, String text, List<HomeLink> links) {
	}

	/** A link on a card. */
	record HomeLink(String label, String href) {
	}

}
