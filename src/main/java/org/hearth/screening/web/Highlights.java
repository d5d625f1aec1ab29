package org.hearth.screening.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hearth.screening.Finding;

/**
 * Cuts a text into plain and flagged pieces so a page can mark what screening found.
 * Overlapping findings are merged into one marked piece naming every category.
 */
record Highlights(List<Piece> pieces) {

	/** A piece of the text; {@code categories} is empty for an unflagged piece. */
	record Piece(String text, List<String> categories) {

		public boolean flagged() {
			return !categories.isEmpty();
		}

		public String label() {
			return String.join(", ", categories.stream().map(c -> c.replace('_', ' ').toLowerCase()).toList());
		}

	}

	static Highlights of(String text, List<Finding> findings) {
		var sorted = findings.stream()
			.filter(f -> f.end() <= text.length() && f.start() < f.end())
			.sorted(Comparator.comparingInt(Finding::start))
			.toList();
		var pieces = new ArrayList<Piece>();
		int at = 0;
		int i = 0;
		while (i < sorted.size()) {
			int start = Math.max(at, sorted.get(i).start());
			int end = sorted.get(i).end();
			var categories = new ArrayList<String>();
			while (i < sorted.size() && sorted.get(i).start() < end) {
				end = Math.max(end, sorted.get(i).end());
				String category = sorted.get(i).category().name();
				if (!categories.contains(category)) {
					categories.add(category);
				}
				i++;
			}
			if (start > at) {
				pieces.add(new Piece(text.substring(at, start), List.of()));
			}
			if (end > start) {
				pieces.add(new Piece(text.substring(start, end), categories));
			}
			at = Math.max(at, end);
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), List.of()));
		}
		return new Highlights(pieces);
	}

}
