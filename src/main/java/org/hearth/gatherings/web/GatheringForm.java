package org.hearth.gatherings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.gatherings.Audience;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.GatheringKind;
import org.hearth.gatherings.GatheringPlan;
import org.hearth.gatherings.Venue;
import org.hearth.people.PersonId;
import org.hearth.programs.ProgramId;
import org.hearth.shared.RequestRefused;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A training or lead meeting as staff type it, checked on the server with each error
 * beside its field.
 */
record GatheringForm(@NotNull(message = "Choose a training or a lead meeting.") GatheringKind kind,
		@NotBlank(message = "Give it a title, such as “Boundaries in one-to-one support”.") @Size(max = 150,
				message = "Please keep the title under 150 characters.") String title,
		@Size(max = 4000, message = "Please keep the description under 4,000 characters.") String description,
		@NotNull(message = "Choose the day it takes place.") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "Choose the time it starts, such as 18:30.") @DateTimeFormat(
				pattern = "HH:mm") LocalTime time,
		@NotBlank(message = "Choose the time zone the start time is in.") String zone,
		@NotNull(message = "Give how long it lasts, in minutes; 60 is usual.") @Min(value = 15,
				message = "Give how long it lasts, from 15 to 480 minutes.") @Max(value = 480,
						message = "Give how long it lasts, from 15 to 480 minutes.") Integer minutes,
		@Size(max = 500, message = "Please keep the link under 500 characters.") String link,
		@Size(max = 300, message = "Please keep the place under 300 characters.") String place, UUID program,
		Boolean volunteers, Boolean leads, Boolean staff, UUID host,
		@NotNull(message = "Choose once, or monthly for how many months.") @Min(value = 1,
				message = "Choose once, or monthly for 2 to 12 months.") @Max(value = 12,
						message = "Choose once, or monthly for 2 to 12 months.") Integer months) {

	/**
	 * The time zones offered first; any other valid one typed through the API is kept.
	 */
	static final List<String> ZONES = List.of("UTC", "Europe/London", "Europe/Lisbon", "Europe/Paris", "Europe/Oslo",
			"Europe/Berlin", "Africa/Lagos", "Africa/Johannesburg", "Asia/Kolkata", "Asia/Seoul", "Asia/Tokyo",
			"Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo", "America/New_York", "America/Chicago",
			"America/Denver", "America/Los_Angeles", "America/Mexico_City");

	/**
	 * The field of this form, and of the API's body, each part of a refused plan belongs
	 * beside.
	 */
	static final Map<RequestRefused.Part, String> FIELDS = Map.ofEntries(Map.entry(Gathering.Part.TITLE, "title"),
			Map.entry(Gathering.Part.DESCRIPTION, "description"), Map.entry(Gathering.Part.DAY, "date"),
			Map.entry(Gathering.Part.START, "time"), Map.entry(Gathering.Part.TIME_ZONE, "zone"),
			Map.entry(Gathering.Part.LENGTH, "minutes"), Map.entry(Gathering.Part.REPEATS, "months"),
			Map.entry(Gathering.Part.AUDIENCE, "volunteers"), Map.entry(Gathering.Part.ANSWER, "answer"),
			Map.entry(Gathering.Part.PRESENT, "present"), Map.entry(Venue.Part.LINK, "link"),
			Map.entry(Venue.Part.PLACE, "place"));

	static GatheringForm start() {
		return new GatheringForm(GatheringKind.TRAINING, "", "", null, LocalTime.of(18, 0), "Europe/London", 60, "", "",
				null, true, false, false, null, 1);
	}

	/**
	 * The plan, once the form is valid; a zone Hearth does not know is refused beside its
	 * field.
	 */
	GatheringPlan plan() {
		ZoneId zoneId;
		try {
			zoneId = ZoneId.of(zone.strip());
		}
		catch (RuntimeException ex) {
			throw new RequestRefused("zone", "Choose a time zone from the list, such as Europe/London.");
		}
		return new GatheringPlan(kind, title, description, date, time, zoneId, minutes, new Venue(link, place),
				new Audience(program == null ? null : new ProgramId(program), Boolean.TRUE.equals(volunteers),
						Boolean.TRUE.equals(leads), Boolean.TRUE.equals(staff)),
				host == null ? null : new PersonId(host), months);
	}

}
