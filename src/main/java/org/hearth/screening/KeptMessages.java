package org.hearth.screening;

import java.time.Instant;
import java.util.List;

/**
 * Screened messages Hearth still holds, for the admins' phrase preview to count over.
 * Screening keeps no copy of the messages it reads: only the excerpts of flagged messages
 * are kept, with the reports they became, by the module that files them.
 */
public interface KeptMessages {

	/** The most recent kept messages since the given moment, newest first. */
	List<KeptMessage> since(Instant since, int limit);

	/** A kept message's text and who wrote it. */
	record KeptMessage(String text, AuthorRole author) {
	}

}
