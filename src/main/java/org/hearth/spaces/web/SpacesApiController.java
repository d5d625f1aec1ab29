package org.hearth.spaces.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hearth.people.HearthUser;
import org.hearth.spaces.Announcements;
import org.hearth.spaces.SharedSpaces;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's shared spaces and current announcements, for scripts and bots. */
@RestController
@Tag(name = "Spaces and announcements")
class SpacesApiController {

	/** How many current announcements the API lists. */
	private static final int CURRENT = 50;

	private final SharedSpaces spaces;

	private final Announcements announcements;

	SpacesApiController(SharedSpaces spaces, Announcements announcements) {
		this.spaces = spaces;
		this.announcements = announcements;
	}

	@GetMapping("/api/v1/spaces")
	@Operation(summary = "The shared spaces listed for the caller's role and programs, in the order admins chose")
	List<SpaceView> spaces(@AuthenticationPrincipal HearthUser user) {
		return spaces.forPerson(user)
			.stream()
			.map(space -> new SpaceView(space.id().value(), space.name(), space.kind().name(), space.url(),
					space.description()))
			.toList();
	}

	@GetMapping("/api/v1/announcements")
	@Operation(summary = "The announcements showing for the caller today, newest first (at most 50)")
	List<AnnouncementView> announcements(@AuthenticationPrincipal HearthUser user) {
		return announcements.currentFor(user, CURRENT)
			.stream()
			.map(a -> new AnnouncementView(a.id().value(), a.title(), a.body(), a.postedAt(), a.lastDay()))
			.toList();
	}

	record SpaceView(UUID id, String name, String kind, String url, String description) {
	}

	record AnnouncementView(UUID id, String title, String body, Instant postedAt, LocalDate lastDay) {
	}

}
