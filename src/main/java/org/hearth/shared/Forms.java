package org.hearth.shared;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * How every form in Hearth is submitted: errors show beside their fields, and nothing
 * typed is lost.
 */
public final class Forms {

	private static final String ERRORS = Forms.class.getName() + ".errors";

	private Forms() {
	}

	/**
	 * Runs {@code change} when the form is valid and returns its view. A refusal shows
	 * beside the field it names (or at the top of the form), as does an edit made
	 * meanwhile by someone else; then the form is shown again with what was typed.
	 */
	public static String submit(BindingResult errors, Supplier<String> form, Supplier<String> change) {
		if (errors.hasErrors()) {
			return again(errors, form);
		}
		try {
			return change.get();
		}
		catch (RequestRefused ex) {
			if (ex.errors().isEmpty()) {
				errors.reject("refused", ex.getMessage());
			}
			ex.errors().forEach((field, message) -> {
				if (errors.getFieldType(field) != null) {
					errors.rejectValue(field, "refused", message);
				}
				else {
					errors.reject("refused", message);
				}
			});
		}
		catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
			errors.reject("refused", ex.getMessage());
		}
		return again(errors, form);
	}

	/**
	 * As {@link #submit(BindingResult, Supplier, Supplier)}, for a change an aggregate
	 * may refuse by one of its parts: {@code fields} says which field of this form each
	 * part belongs beside.
	 */
	public static String submit(BindingResult errors, Map<? extends RequestRefused.Part, String> fields,
			Supplier<String> form, Supplier<String> change) {
		return submit(errors, form, () -> RequestRefused.showing(fields, change));
	}

	/**
	 * The form once more, with its errors kept for the page: a form that could not be
	 * built (a date or number that does not read as one) is given to the controller
	 * without its errors attached, and a controller that puts it in the model again would
	 * otherwise show it with no message at all.
	 */
	private static String again(BindingResult errors, Supplier<String> form) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ERRORS, errors, RequestAttributes.SCOPE_REQUEST);
		}
		return form.get();
	}

	/**
	 * The errors of the form shown again in this request, or {@code null}; the page puts
	 * them beside the fields.
	 */
	public static BindingResult errorsShownAgain(HttpServletRequest request) {
		return request.getAttribute(ERRORS) instanceof BindingResult errors ? errors : null;
	}

}
