package org.hearth.shared;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
	 * The links under a list shown at {@code path} with no filter, for an answer to
	 * another address (a form's) that shows the list's first page again.
	 */
	public static PageLinks at(String path, ResultPage<?> page) {
		Paging paging = page.paging();
		return new PageLinks(page.hasPrevious() ? at(path, paging, paging.page() - 1) : null,
				page.hasNext() ? at(path, paging, paging.page() + 1) : null, page.from(), page.to());
	}

	private static String at(String path, Paging paging, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParam("page", page);
		if (paging.size() != Paging.DEFAULT_SIZE) {
			link.queryParam("size", paging.size());
		}
		return link.encode().build().toUriString();
	}

	/**
	 * The links under a list read by key: the next page starts after the key of this
	 * page's last row ({@code after}), the previous one ends before the key of its first
	 * row ({@code before}); the page number stays in the link for the rows' numbering,
	 * and the first page is linked by number alone.
	 */
	public static PageLinks seeking(ResultPage<?> page, String firstKey, String lastKey, HttpServletRequest request) {
		Paging paging = page.paging();
		String previous = null;
		if (page.hasPrevious()) {
			previous = paging.page() == 2 || firstKey == null ? link(request, paging, paging.page() - 1)
					: link(request, paging, paging.page() - 1, "before", firstKey);
		}
		String next = page.hasNext() && lastKey != null ? link(request, paging, paging.page() + 1, "after", lastKey)
				: null;
		return new PageLinks(previous, next, page.from(), page.to());
	}

	/**
	 * The RFC 8288 {@code Link} header for an API list: where the previous and next pages
	 * are, or {@code null} when the list fits one page.
	 */
	public static String header(ResultPage<?> page, HttpServletRequest request) {
		return header(of(page, request));
	}

	/**
	 * The RFC 8288 {@code Link} header for these links (for a list read by key, made by
	 * {@link #seeking}), or {@code null} when there is neither a previous nor a next
	 * page.
	 */
	public static String header(PageLinks links) {
		var parts = new java.util.ArrayList<String>();
		if (links.previous() != null) {
			parts.add("<" + links.previous() + ">; rel=\"prev\"");
		}
		if (links.next() != null) {
			parts.add("<" + links.next() + ">; rel=\"next\"");
		}
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

	/**
	 * An API list answer: the page's items, with the previous and next pages in the
	 * {@code Link} header when there are any.
	 */
	public static <T> ResponseEntity<List<T>> answer(ResultPage<T> page, HttpServletRequest request) {
		return answer(page, of(page, request));
	}

	/** An API list answer with these links (for a list read by key). */
	public static <T> ResponseEntity<List<T>> answer(ResultPage<T> page, PageLinks links) {
		String header = header(links);
		return header == null ? ResponseEntity.ok(page.items())
				: ResponseEntity.ok().header(HttpHeaders.LINK, header).body(page.items());
	}

	private static String link(HttpServletRequest request, Paging paging, int page) {
		return link(request, paging, page, null, null);
	}

	private static String link(HttpServletRequest request, Paging paging, int page, String keyName, String key) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
		// A list's filters come in its address; a form posted to the same path and shown
		// again with its list (a refusal) must not carry its fields into the page links.
		Map<String, String[]> parameters = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
				? request.getParameterMap() : Map.of();
		parameters.forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("size") && !name.equals("after") && !name.equals("before")
					&& !name.startsWith("_")) {
				link.queryParam(name, (Object[]) values);
			}
		});
		link.queryParam("page", page);
		if (paging.size() != Paging.DEFAULT_SIZE) {
			link.queryParam("size", paging.size());
		}
		if (keyName != null) {
			link.queryParam(keyName, key);
		}
		return link.encode().build().toUriString();
	}

}
