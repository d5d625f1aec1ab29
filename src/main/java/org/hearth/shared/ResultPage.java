package org.hearth.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, and whether another page follows. */
public record ResultPage<T>(List<T> items, Paging paging, boolean hasNext) {

	public boolean hasPrevious() {
		return paging.page() > 1;
	}

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** The position of the page's first row in the whole list, from 1. */
	public int from() {
		return items.isEmpty() ? 0 : paging.offset() + 1;
	}

	/** The position of the page's last row in the whole list. */
	public int to() {
		return paging.offset() + items.size();
	}

	public <R> ResultPage<R> map(Function<? super T, ? extends R> mapping) {
		return new ResultPage<>(items.stream().<R>map(mapping).toList(), paging, hasNext);
	}

}
