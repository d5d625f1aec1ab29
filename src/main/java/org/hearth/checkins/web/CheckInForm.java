package org.hearth.checkins.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.checkins.CheckIn;
import org.hearth.checkins.CheckInInput;
import org.hearth.checkins.WellBeing;
import org.hearth.shared.RequestRefused;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A weekly check-in as typed, checked on the server with its errors beside each field.
 */
record CheckInForm(
		@NotNull(message = "Choose the week this check-in is for.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate week,
		@NotNull(message = "Choose how you are this week, from 1 (struggling) to 5 (thriving).") WellBeing wellBeing,
		@NotNull(message = "Give the hours served this week; 0 is fine.") @DecimalMin(value = "0",
				message = "Give the hours served this week, from 0 to 168.") @DecimalMax(value = "168",
						message = "Give the hours served this week, from 0 to 168.") @Digits(integer = 3, fraction = 2,
								message = "Give the hours to two decimals at most, such as 2.5.") BigDecimal hours,
		@Size(max = 4000, message = "Please keep this under 4,000 characters.") String weighed,
		@Size(max = 4000, message = "Please keep this under 4,000 characters.") String boundaries, Boolean wantsDebrief,
		long version) {

	/** The field of this form each refused part of a check-in belongs beside. */
	static final Map<RequestRefused.Part, String> FIELDS = Map.of(CheckIn.Part.WELL_BEING, "wellBeing",
			CheckIn.Part.HOURS, "hours", CheckIn.Part.WEIGHED, "weighed", CheckIn.Part.BOUNDARIES, "boundaries");

	static CheckInForm start(LocalDate week) {
		return new CheckInForm(week, null, null, "", "", false, 0);
	}

	static CheckInForm of(CheckIn checkIn) {
		return new CheckInForm(checkIn.week(), checkIn.wellBeing(), checkIn.hours().stripTrailingZeros(),
				checkIn.weighed(), checkIn.boundaries(), checkIn.wantsDebrief(), checkIn.version());
	}

	/** Whether the box was ticked; a browser that sends nothing for it means no. */
	boolean debrief() {
		return Boolean.TRUE.equals(wantsDebrief);
	}

	CheckInInput input() {
		return new CheckInInput(wellBeing, hours, weighed, boundaries, Boolean.TRUE.equals(wantsDebrief));
	}

}
