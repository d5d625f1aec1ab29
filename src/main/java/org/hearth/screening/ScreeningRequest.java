package org.hearth.screening;

import java.util.List;

/**
 * One message to screen, with its author's role and, optionally, the earlier messages of
 * the conversation (oldest first) that give it context.
 */
public record ScreeningRequest(String text, AuthorRole authorRole, List<String> previousMessages) {
	public ScreeningRequest {
		text = text == null ? "" : text;
		authorRole = authorRole == null ? AuthorRole.MEMBER : authorRole;
		previousMessages = previousMessages == null ? List.of()
				: List.copyOf(previousMessages.stream().map(m -> m == null ? "" : m).toList());
	}

	/** A message without conversation context. */
	public static ScreeningRequest of(String text, AuthorRole authorRole) {
		return new ScreeningRequest(text, authorRole, List.of());
	}
}
