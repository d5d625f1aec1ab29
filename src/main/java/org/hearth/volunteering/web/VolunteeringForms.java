package org.hearth.volunteering.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.ServiceEntry;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the volunteering pages. */
final class VolunteeringForms {

	private VolunteeringForms() {
	}

	/**
	 * Where a refusal of logged service shows: beside the day or the amount, on the
	 * page's form and in the API's body alike.
	 */
	static final Map<ServiceEntry.Part, String> SERVICE_FIELDS = Map.of(ServiceEntry.Part.DAY, "servedOn",
			ServiceEntry.Part.AMOUNT, "amount");

	record ServiceForm(
			@NotNull(message = "On which day?") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
			@NotNull(message = "How much?") @Positive(message = "More than zero.") BigDecimal amount,
			@Size(max = 1000) String note) {

		static ServiceForm on(LocalDate day) {
			return new ServiceForm(day, null, "");
		}

	}

	record PauseForm(
			@NotNull(message = "Until which day?") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
	}

	record AwayForm(
			@NotNull(message = "Until which day?") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@NotNull(message = "Choose who covers for you.") UUID cover) {
	}

	/** A lead's capacity in one program, with the version of their profile it read. */
	record CapacityForm(@NotNull(message = "Choose a program.") UUID program,
			@NotNull(message = "How many volunteers?") @Min(value = 1, message = "At least one.") @Max(value = 100,
					message = "At most 100.") Integer capacity,
			@NotNull(message = "Reload the page, then try again.") Long version) {

		static CapacityForm of(LeadProfile profile) {
			return new CapacityForm(profile.program().value(), profile.capacity(), profile.version());
		}

	}

	record LeadForm(@NotNull(message = "Choose a lead volunteer.") UUID lead,
			@NotNull(message = "Choose a program.") UUID program,
			@NotNull(message = "How many volunteers?") @Min(value = 1, message = "At least one.") @Max(value = 100,
					message = "At most 100.") Integer capacity,
			@NotBlank(message = "Name at least one language.") String languages,
			@NotBlank(message = "Choose a time zone.") String timeZone) {

		static LeadForm empty() {
			return new LeadForm(null, null, 8, "", "UTC");
		}

	}

	/**
	 * Runs a change and goes back to the page, with what happened or, when it was refused
	 * or someone changed the same thing first, why not.
	 */
	static String act(RedirectAttributes redirect, String page, Supplier<String> change) {
		try {
			redirect.addFlashAttribute("notice", change.get());
		}
		catch (RequestRefused | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:" + page;
	}

}
