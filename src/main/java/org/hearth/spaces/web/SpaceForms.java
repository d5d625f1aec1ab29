package org.hearth.spaces.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.people.Role;
import org.hearth.programs.ProgramId;
import org.hearth.spaces.Audience;
import org.hearth.spaces.Space;
import org.hearth.spaces.SpaceId;
import org.hearth.spaces.SpaceKind;
import org.hearth.shared.RequestRefused;
import org.hearth.spaces.Announcement;

import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the spaces and announcements pages. */
final class SpaceForms {

	/**
	 * The field of these forms each refused part of a space or an announcement belongs
	 * beside.
	 */
	static final Map<RequestRefused.Part, String> FIELDS = Map.ofEntries(Map.entry(Space.Part.NAME, "name"),
			Map.entry(Space.Part.KIND, "kind"), Map.entry(Space.Part.ADDRESS, "url"),
			Map.entry(Space.Part.DESCRIPTION, "description"), Map.entry(Space.Part.POSITION, "position"),
			Map.entry(Audience.Part.ROLE, "role"), Map.entry(Audience.Part.PROGRAM, "program"),
			Map.entry(Announcement.Part.TITLE, "title"), Map.entry(Announcement.Part.BODY, "body"),
			Map.entry(Announcement.Part.LAST_DAY, "lastDay"));

	private SpaceForms() {
	}

	/** An admin's form for one shared space. */
	record SpaceForm(
			@NotBlank(message = "Name the space, such as \"#volunteer-lounge\".") @Size(max = 80,
					message = "Please keep the name to 80 characters.") String name,
			@NotNull(message = "Choose what kind of place it is.") SpaceKind kind,
			@NotBlank(message = "Give the address people open, starting with https://.") @Size(max = 300,
					message = "Please keep the address to 300 characters.") String url,
			@NotBlank(message = "Say in a sentence what the space is for, so people know when to go there.") @Size(
					max = 300, message = "Please keep the description to 300 characters.") String description,
			@NotNull(message = "Choose whom it is for.") Role role, UUID program, Integer position, long version) {

		static SpaceForm empty() {
			return new SpaceForm("", SpaceKind.DISCORD_CHANNEL, "https://", "", Role.VOLUNTEER, null, 0, 0);
		}

		static SpaceForm of(Space space) {
			return new SpaceForm(space.name(), space.kind(), space.url(), space.description(), space.audience().role(),
					space.audience().program() == null ? null : space.audience().program().value(), space.position(),
					space.version());
		}

		Space toSpace(SpaceId id) {
			return new Space(id, name, kind, url, description,
					new Audience(role, program == null ? null : new ProgramId(program)),
					position == null ? 0 : position, version);
		}

	}

	/** A staff member's form for a new announcement. */
	record AnnouncementForm(
			@NotBlank(message = "Give the announcement a title.") @Size(max = 120,
					message = "Please keep the title to 120 characters.") String title,
			@NotBlank(message = "Write what you want people to know.") @Size(max = 4000,
					message = "Please keep it to 4,000 characters.") String body,
			@NotNull(message = "Choose whom it is for.") Role role, UUID program,
			@NotNull(message = "Give the last day it should show.") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {

		static AnnouncementForm empty(LocalDate today) {
			return new AnnouncementForm("", "", Role.VOLUNTEER, null, today.plusDays(14));
		}

		Audience audience() {
			return new Audience(role, program == null ? null : new ProgramId(program));
		}

	}

}
