package org.hearth.shared;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders text people write in Markdown (lessons, policies) to HTML that is safe to show:
 * raw HTML in it is escaped, never passed on, and a link or image whose scheme is not
 * http, https or mailto (javascript:, data:, …) loses its address.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.build();

	private Markdown() {
	}

	public static String html(String markdown) {
		return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
	}

}
