package org.hearth.onboarding.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * Renders lesson and policy text written in Markdown; raw HTML in it is escaped and
 * unsafe links dropped.
 */
@Component("markdown")
class Markdown {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	String html(String markdown) {
		return renderer.render(parser.parse(markdown == null ? "" : markdown));
	}

}
