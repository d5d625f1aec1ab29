package org.hearth.shared;

import java.util.List;

/**
 * Which slice of a long list a page shows: a page number from 1 and how many rows a page
 * holds, at most {@link #MAX_SIZE}. A list query asks for one row more than it shows, so
 * the page knows whether a next one exists without counting the whole list.
 */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	/**
	 * Deeper than this, a filter finds what someone is looking for better than paging
	 * does.
	 */
	public static final int MAX_PAGE = 10_000;

	public Paging {
		if (page < 1 || page > MAX_PAGE) {
			throw new Invalid("page", "The page number must be between 1 and " + MAX_PAGE + ".");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new Invalid("size", "A page holds between 1 and " + MAX_SIZE + " rows.");
		}
	}

	public static Paging first() {
		return new Paging(1, DEFAULT_SIZE);
	}

	/**
	 * Reads the page and size as they come from a query string; either may be absent.
	 * Junk is refused with a message that says what a valid value is.
	 */
	public static Paging of(String page, String size) {
		return new Paging(number(page, "page", 1), number(size, "size", DEFAULT_SIZE));
	}

	private static int number(String text, String name, int absent) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		String digits = text.strip();
		if (digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new Invalid(name, "The " + name + " must be a whole number"
					+ (name.equals("page") ? " from 1 to " + MAX_PAGE : " from 1 to " + MAX_SIZE) + ".");
		}
		return Integer.parseInt(digits);
	}

	/** How many rows the list query skips. */
	public int offset() {
		return (page - 1) * size;
	}

	/** How many rows the list query fetches: one more than the page shows. */
	public int fetch() {
		return size + 1;
	}

	/** The page of {@code rows}, fetched with {@link #fetch()} as the limit. */
	public <T> ResultPage<T> pageOf(List<T> rows) {
		boolean more = rows.size() > size;
		return new ResultPage<>(more ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows), this, more);
	}

	/** A page or size that is not a number in range; the request is answered 400. */
	public static class Invalid extends RequestRefused {

		public Invalid(String field, String message) {
			super(field, message);
		}

	}

}
