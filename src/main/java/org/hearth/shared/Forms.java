package org.hearth.shared;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * How every form in Hearth is submitted: errors show beside their fields, and nothing
 * typed is lost.
 */
public final class Forms {

	private Forms() {
	}

	/**
	 * Runs {@code change} when the form is valid and returns its view. A refusal shows
	 * beside the field it names (or at the top of the form), as does an edit made
	 * meanwhile by someone else; then the form is shown again with what was typed.
	 */
	public static String submit(BindingResult errors, Supplier<String> form, Supplier<String> change) {
		if (errors.hasErrors()) {
			return form.get();
		}
		try {
			return change.get();
		}
		catch (RequestRefused ex) {
			if (ex.field() != null && errors.getFieldType(ex.field()) != null) {
				errors.rejectValue(ex.field(), "refused", ex.getMessage());
			}
			else {
				errors.reject("refused", ex.getMessage());
			}
		}
		catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
			errors.reject("refused", ex.getMessage());
		}
		return form.get();
	}

}
