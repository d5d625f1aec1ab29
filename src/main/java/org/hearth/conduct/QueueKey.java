package org.hearth.conduct;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.hearth.shared.Paging;
import org.hearth.screening.Severity;

import org.springframework.modulith.NamedInterface;

/**
 * Where a line stands in the queue's order (most severe, then oldest, then by reference),
 * written into the links of the pages before and after it. The next page is read from the
 * last line's key onwards, so reading it costs the same on page 100 as on page 2, and a
 * case opened meanwhile does not push a line already seen onto the next page again.
 */
@NamedInterface("web")
public record QueueKey(int rank, Instant openedAt, long reference) {

	/** The key of a line as shown. */
	public static QueueKey of(CaseSummary line) {
		return new QueueKey(rank(line.severity()), line.openedAt(), line.reference());
	}

	/** The position of a severity in the queue's order: the most severe first. */
	static int rank(Severity severity) {
		return switch (severity) {
			case CRITICAL -> 0;
			case HIGH -> 1;
			case MEDIUM -> 2;
			case LOW -> 3;
		};
	}

	/** The key as it goes into an address: three numbers joined by dashes. */
	public String text() {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, openedAt);
		return rank + "-" + micros + "-" + reference;
	}

	/**
	 * Reads a key from an address; {@code null} when absent. Anything else than a key
	 * this class wrote is refused with a message that says how to get a good link again.
	 */
	public static QueueKey parse(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.strip().split("-", -1);
		if (parts.length != 3 || !digits(parts[0], 1) || !digits(parts[1], 18) || !digits(parts[2], 18)) {
			throw new Paging.Invalid(field, "That page link is not one Hearth made, so it cannot tell where the page "
					+ "starts. Go back to the first page of the queue and follow the page links from there.");
		}
		int rank = Integer.parseInt(parts[0]);
		if (rank > 3) {
			throw new Paging.Invalid(field, "That page link names a severity Hearth does not have. Go back to the "
					+ "first page of the queue and follow the page links from there.");
		}
		return new QueueKey(rank, Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS),
				Long.parseLong(parts[2]));
	}

	private static boolean digits(String part, int most) {
		return !part.isEmpty() && part.length() <= most && part.chars().allMatch(c -> c >= '0' && c <= '9');
	}

}
