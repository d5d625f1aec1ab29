package org.hearth.site.web;

import java.util.stream.Collectors;

import org.hearth.shared.NotFound;
import org.hearth.shared.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A page asked for something that is not there: say so kindly, with a way back. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFound ex, Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("error", "Not found");
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

	/**
	 * A value the page itself sent (a hidden version, an id in a link) that does not read
	 * as what it should be: the page was changed or is very old.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unreadable(MethodArgumentTypeMismatchException ex, Model model) {
		model.addAttribute("status", 400);
		model.addAttribute("error", "Bad request");
		model.addAttribute("message", "This page sent a value Hearth could not read (" + ex.getName()
				+ "). Please go back, reload the page and try again.");
		return "error";
	}

	/**
	 * A list's filter in the address (a severity, a yes or no) that does not read as one
	 * of its choices: the link was edited or is very old.
	 */
	@ExceptionHandler(BindException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unreadableFilter(BindException ex, Model model) {
		String fields = ex.getFieldErrors()
			.stream()
			.map(FieldError::getField)
			.distinct()
			.collect(Collectors.joining(", "));
		model.addAttribute("status", 400);
		model.addAttribute("error", "Bad request");
		model.addAttribute("message",
				"This page sent a value Hearth could not read (" + (fields.isEmpty() ? ex.getObjectName() : fields)
						+ "). Please go back, choose from the page's own filters and try again.");
		return "error";
	}

	@ExceptionHandler(Paging.Invalid.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badPage(Paging.Invalid ex, Model model) {
		model.addAttribute("status", 400);
		model.addAttribute("error", "Bad request");
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

}
