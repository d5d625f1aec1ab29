package org.hearth.care.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.care.CrisisResource;
import org.hearth.care.CrisisResourceId;
import org.hearth.care.DutyChange;
import org.hearth.care.DutyHours;
import org.hearth.care.Escalation;
import org.hearth.care.Member;
import org.hearth.shared.RequestRefused;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of care's pages, each checked on the server with its errors beside it. */
final class CareForms {

	/**
	 * The field of care's forms, and of its API bodies, each refused part belongs beside.
	 */
	static final Map<RequestRefused.Part, String> FIELDS = Map.ofEntries(
			Map.entry(CrisisResource.Part.COUNTRY, "country"), Map.entry(CrisisResource.Part.LANGUAGE, "language"),
			Map.entry(CrisisResource.Part.NAME, "name"), Map.entry(CrisisResource.Part.PHONE, "phone"),
			Map.entry(CrisisResource.Part.TEXT_NUMBER, "textNumber"), Map.entry(CrisisResource.Part.ADDRESS, "url"),
			Map.entry(CrisisResource.Part.HOURS, "hours"), Map.entry(CrisisResource.Part.DESCRIPTION, "description"),
			Map.entry(CrisisResource.Part.CHECKED_ON, "checkedOn"), Map.entry(DutyChange.Part.START, "startsAt"),
			Map.entry(DutyChange.Part.END, "endsAt"), Map.entry(DutyChange.Part.NOTE, "note"),
			Map.entry(DutyHours.Part.DAY, "day"), Map.entry(DutyHours.Part.START, "starts"),
			Map.entry(DutyHours.Part.END, "ends"), Map.entry(Member.Part.PLATFORM, "platform"),
			Map.entry(Member.Part.HANDLE, "handle"), Map.entry(Member.Part.TIME_ZONE, "timeZone"),
			Map.entry(Escalation.Part.OUTCOME, "outcome"), Map.entry(Escalation.Part.NOTE, "note"));

	private CareForms() {
	}

	/** A volunteer's "this person may be in danger". */
	record ConcernForm(
			@NotBlank(message = "Choose where the member is: Discord, the forum, or somewhere else.") @Size(
					max = 40) String platform,
			@NotBlank(message = "Give the member's handle, such as their Discord user id or forum alias.") @Size(
					max = 200) String handle,
			@NotBlank(message = "Tell the people on duty in a few words what you saw.") @Size(max = 4000,
					message = "Please keep it under 4,000 characters.") String whatYouSaw,
			Boolean planMeansOrGoodbye) {

		static ConcernForm empty() {
			return new ConcernForm("discord", "", "", false);
		}

	}

	record OutcomeForm(@NotNull(message = "Choose what was done.") Escalation.Outcome outcome,
			@Size(max = 4000, message = "Please keep the note under 4,000 characters.") String note, long version) {

		static OutcomeForm start(long version) {
			return new OutcomeForm(null, "", version);
		}

	}

	record MemberForm(@Size(max = 2) String country, @Size(max = 8) String language, @Size(max = 60) String timeZone,
			long memberVersion) {
	}

	record HoursForm(@NotNull(message = "Choose a day of the week.") DayOfWeek day,
			@NotNull(message = "Give the time your hours start.") @DateTimeFormat(pattern = "HH:mm") LocalTime starts,
			@NotNull(message = "Give the time your hours end.") @DateTimeFormat(pattern = "HH:mm") LocalTime ends,
			@NotBlank(message = "Choose your time zone, such as Europe/London or America/Chicago.") @Size(
					max = 60) String timeZone) {

		static HoursForm start(String zone) {
			return new HoursForm(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(22, 0), zone);
		}

	}

	record ChangeForm(
			@NotNull(message = "Give when the change starts.") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@NotNull(message = "Give when the change ends.") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			@NotBlank(message = "Choose your time zone, such as Europe/London or America/Chicago.") @Size(
					max = 60) String timeZone,
			boolean onDuty, @Size(max = 200, message = "Please keep the note under 200 characters.") String note) {

		static ChangeForm start(String zone) {
			return new ChangeForm(null, null, zone, true, "");
		}

	}

	record ResourceForm(@Size(max = 2, message = "Use a two-letter country code such as US.") String country,
			@Size(max = 8) String language,
			@NotBlank(message = "Give the service's name.") @Size(max = 160) String name, @Size(max = 40) String phone,
			@Size(max = 40) String textNumber, @Size(max = 300) String url,
			@NotBlank(message = "Say when it answers, such as \"24 hours, every day\".") @Size(max = 120) String hours,
			@NotBlank(message = "Say in a sentence whom it helps and how.") @Size(max = 1000) String description,
			@NotNull(message = "Give the day you last checked this entry.") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
			long version) {

		static ResourceForm empty(LocalDate today) {
			return new ResourceForm("", "", "", "", "", "", "24 hours, every day", "", today, 0);
		}

		static ResourceForm of(CrisisResource r) {
			return new ResourceForm(r.country(), r.language(), r.name(), r.phone(), r.textNumber(), r.url(), r.hours(),
					r.description(), r.checkedOn(), r.version());
		}

		CrisisResource toResource(CrisisResourceId id) {
			return new CrisisResource(id, country, language, name, phone, textNumber, url, hours, description,
					checkedOn, version);
		}

	}

	record ReachedOutForm(@Size(max = 2000, message = "Please keep the note under 2,000 characters.") String note,
			long version) {
	}

}
