package org.hearth.gatherings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hearth.gatherings.Answer;
import org.hearth.gatherings.Attendance;
import org.hearth.gatherings.Gathering;
import org.hearth.gatherings.GatheringId;
import org.hearth.gatherings.GatheringKind;
import org.hearth.gatherings.Gatherings;
import org.hearth.gatherings.Invitation;
import org.hearth.people.HearthUser;
import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/gatherings")
@Tag(name = "Trainings and lead meetings",
		description = "Scheduling, answers, attendance; staff schedule, invited people answer")
class GatheringsApiController {

	private final Gatherings gatherings;

	GatheringsApiController(Gatherings gatherings) {
		this.gatherings = gatherings;
	}

	@GetMapping
	@Operation(summary = "The trainings and lead meetings you are invited to or run, from four months back on")
	List<GatheringView> mine(@AuthenticationPrincipal HearthUser user) {
		return gatherings.of(user.id()).stream().map(g -> view(g, user)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One training or lead meeting (invited people, the one running it, staff); "
			+ "everyone's answers and attendance for staff and the one running it")
	GatheringView one(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user) {
		return view(gatherings.visibleTo(new GatheringId(id), user), user);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Schedule a training or lead meeting, once or monthly, and invite everyone it is for (staff)")
	List<GatheringView> schedule(@Valid @RequestBody GatheringRequest request,
			@AuthenticationPrincipal HearthUser user) {
		return RequestRefused.showing(GatheringForm.FIELDS, () -> gatherings.schedule(request.form().plan(), user))
			.stream()
			.map(g -> view(g, user))
			.toList();
	}

	@PutMapping("/{id}/answer")
	@Operation(summary = "Answer an invitation: YES, NO or MAYBE, until it begins")
	InvitationView answer(@PathVariable UUID id, @Valid @RequestBody AnswerRequest request,
			@AuthenticationPrincipal HearthUser user) {
		return InvitationView.of(RequestRefused.showing(GatheringForm.FIELDS,
				() -> gatherings.answer(new GatheringId(id), user, request.answer())));
	}

	@PutMapping("/{id}/attendance")
	@Operation(summary = "Record who took part, once it has begun (staff, or the lead running it); "
			+ "everyone invited and not listed missed it")
	GatheringView attendance(@PathVariable UUID id, @Valid @RequestBody AttendanceRequest request,
			@AuthenticationPrincipal HearthUser user) {
		Set<PersonId> present = new HashSet<>();
		request.present().forEach(person -> present.add(new PersonId(person)));
		return view(RequestRefused.showing(GatheringForm.FIELDS,
				() -> gatherings.takeAttendance(new GatheringId(id), user, present, request.version())), user);
	}

	private GatheringView view(Gathering g, HearthUser user) {
		boolean all = gatherings.takesAttendance(g, user);
		return new GatheringView(g.id(), g.series(), g.kind(), g.title(), g.description(), g.startsAt(), g.endsAt(),
				g.zone().getId(), g.venue().link(), g.venue().place(),
				g.audience().program() == null ? null : g.audience().program().value(), g.audience().volunteers(),
				g.audience().leads(), g.audience().staff(), g.host().map(PersonId::value).orElse(null), g.cancelled(),
				g.attendanceTaken(), g.version(), g.invitationOf(user.id()).map(InvitationView::of).orElse(null),
				all ? g.invitations().stream().map(InvitationView::of).toList() : null);
	}

	/**
	 * A training or lead meeting; {@code invitations} only for staff and the one running
	 * it.
	 */
	record GatheringView(GatheringId id, UUID series, GatheringKind kind, String title, String description,
			Instant startsAt, Instant endsAt, String timeZone, String link, String place, UUID programId,
			boolean volunteers, boolean leads, boolean staff, UUID hostId, boolean cancelled, boolean attendanceTaken,
			long version, InvitationView mine, List<InvitationView> invitations) {
	}

	/** One invited person's answer and attendance. */
	record InvitationView(UUID personId, Answer answer, Attendance attendance, boolean offeredAfterMissing) {

		static InvitationView of(Invitation invitation) {
			return new InvitationView(invitation.person().value(), invitation.answer(), invitation.attendance(),
					invitation.offeredAfter() != null);
		}

	}

	/** What staff schedule, as the page's form has it. */
	record GatheringRequest(@NotNull(message = "Give the kind: TRAINING or LEAD_MEETING.") GatheringKind kind,
			String title, String description, @NotNull(message = "Give the day, such as 2027-01-14.") LocalDate date,
			@NotNull(message = "Give the start time, such as 18:30.") LocalTime time,
			@NotNull(message = "Give the time zone, such as Europe/London.") String zone,
			@NotNull(message = "Give how long it lasts, in minutes, from 15 to 480.") Integer minutes, String link,
			String place, UUID programId, Boolean volunteers, Boolean leads, Boolean staff, UUID hostId,
			Integer months) {

		GatheringForm form() {
			return new GatheringForm(kind, title, description, date, time, zone, minutes, link, place, programId,
					volunteers, leads, staff, hostId, months == null ? 1 : months);
		}

	}

	/** An answer to an invitation. */
	record AnswerRequest(@NotNull(message = "Give the answer: YES, NO or MAYBE.") Answer answer) {
	}

	/** Who took part, and the version of the gathering the caller saw. */
	record AttendanceRequest(
			@NotNull(message = "List the ids of the people who took part; [] when nobody did.") List<UUID> present,
			@NotNull(message = "Give the version of the gathering you saw.") Long version) {
	}

}
