package org.hearth.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links under a paged list: the previous and next page of the same list with the same
 * filter, as plain links that htmx may also follow in place. {@code null} where there is
 * no such page.
 */
public record PageLinks(String previous, String next, int from, int to) {

	public static PageLinks of(ResultPage<?> page, HttpServletRequest request) {
		return new PageLinks(page.hasPrevious() ? link(request, page.paging(), page.paging().page() - 1) : null,
				page.hasNext() ? link(request, page.paging(), page.paging().page() + 1) : null, page.from(), page.to());
	}

	/**
	 * The RFC 8288 {@code Link} header for an API list: where the previous and next pages
	 * are, or {@code null} when the list fits one page.
	 */
	public static String header(ResultPage<?> page, HttpServletRequest request) {
		PageLinks links = of(page, request);
		var parts = new java.util.ArrayList<String>();
		if (links.previous() != null) {
			parts.add("<" + links.previous() + ">; rel=\"prev\"");
		}
		if (links.next() != null) {
			parts.add("<" + links.next() + ">; rel=\"next\"");
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

	private static String link(HttpServletRequest request, Paging paging, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("size") && !name.startsWith("_")) {
				link.queryParam(name, (Object[]) values);
			}
		});
		link.queryParam("page", page);
		if (paging.size() != Paging.DEFAULT_SIZE) {
			link.queryParam("size", paging.size());
		}
		return link.encode().build().toUriString();
	}

}
