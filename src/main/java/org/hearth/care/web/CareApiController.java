package org.hearth.care.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.care.CrisisResource;
import org.hearth.care.CrisisResources;
import org.hearth.care.DutyChange;
import org.hearth.care.DutyHours;
import org.hearth.care.DutyRota;
import org.hearth.care.Escalation;
import org.hearth.care.EscalationId;
import org.hearth.care.Escalations;
import org.hearth.care.NotOnTheLadder;
import org.hearth.care.OutboxMessage;
import org.hearth.people.HearthUser;
import org.hearth.people.TokenScope;
import org.hearth.programs.Platform;
import org.hearth.screening.Severity;
import org.hearth.shared.RequestRefused;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Care for integrations and scripts: crisis resources for a country and language, the
 * replies waiting for a platform's bot to carry to members, one escalation and the
 * actions on it, a lead's own hours on duty, and who is on duty now.
 */
@RestController
@Tag(name = "Care", description = "Crisis resources, replies to members, who is on duty")
class CareApiController {

	private final CrisisResources resources;

	private final Escalations escalations;

	private final DutyRota rota;

	CareApiController(CrisisResources resources, Escalations escalations, DutyRota rota) {
		this.resources = resources;
		this.escalations = escalations;
		this.rota = rota;
	}

	@GetMapping("/api/v1/crisis-resources")
	@Operation(summary = "Crisis resources for a country and language (anyone signed in)",
			description = "country is a two-letter code (US, GB…), language a code such as en; either may be left out. "
					+ "When the country is unknown or has no entry, the international ones come back with "
					+ "fallback=true and the reason.")
	@ApiResponse(responseCode = "200", description = "The lines chosen, and why")
	@ApiResponse(responseCode = "422",
			description = "The country or language is not a code Hearth knows (such as ZZ); the detail says what to use",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	PickView crisisResources(@RequestParam(required = false) String country,
			@RequestParam(required = false) String language) {
		var pick = RequestRefused.showing(CareForms.FIELDS, () -> resources.pick(country, language));
		return new PickView(pick.resources().stream().map(ResourceView::of).toList(), pick.fallback(), pick.reason());
	}

	@GetMapping("/api/v1/care/outbox")
	@Operation(summary = "Replies waiting for a platform's integration to carry to members (staff tokens)")
	@ApiResponse(responseCode = "200", description = "The replies waiting, oldest first")
	@ApiResponse(responseCode = "422",
			description = "The platform is not one Hearth knows: discord, forum, or other (members Hearth could not "
					+ "place, whose replies staff carry themselves)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<OutboxMessage> outbox(@RequestParam String platform) {
		return escalations.waitingReplies(Platform.ofCode(platform)
			.orElseThrow(() -> new RequestRefused("platform",
					"Name the platform whose replies you carry: discord or forum (or other, for the replies to "
							+ "members Hearth could not place, which staff carry themselves).")));
	}

	@PostMapping("/api/v1/care/outbox/{id}/sent")
	@Operation(summary = "Say that a reply reached the member (staff tokens); saying it again changes nothing")
	@ApiResponse(responseCode = "200", description = "The reply, marked sent")
	@ApiResponse(responseCode = "404", description = "There is no such reply",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422",
			description = "An integration token named a reply on other, which no bot carries: staff carry those "
					+ "themselves",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	OutboxMessage sent(@PathVariable UUID id, Authentication caller) {
		boolean bot = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(TokenScope.SCREENING_AUTHORITY::equals);
		return escalations.replySent(id, bot);
	}

	@GetMapping("/api/v1/care/escalations/{id}")
	@Operation(summary = "One escalation with its ladder and what was sent to the member (staff and admins; a "
			+ "facilitator or lead only when it alerted them or they raised, acknowledged or closed it, or, while it "
			+ "is open, when they are on duty or lead the volunteer who raised it)",
			description = "Anyone else is answered 404, exactly as for an id that names nothing. mayAct says whether "
					+ "the caller may acknowledge it and record its outcome; version is what those actions send back.")
	@ApiResponse(responseCode = "200", description = "The escalation, its ladder oldest step first, and the replies")
	@ApiResponse(responseCode = "404", description = "No escalation with this id that the caller may see",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	EscalationDetail escalation(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user) {
		EscalationId escalation = new EscalationId(id);
		return EscalationDetail.of(escalations.open(escalation, user), escalations.mayAct(escalation, user));
	}

	@PostMapping("/api/v1/care/escalations/{id}/acknowledge")
	@Operation(summary = "Say you have an escalation (the facilitators and leads on its ladder, the raising "
			+ "volunteer's lead, and staff)")
	@ApiResponse(responseCode = "200", description = "You have it; the ladder stops here")
	@ApiResponse(responseCode = "403", description = "Not on this escalation's ladder",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Someone else acted on it meanwhile: read it again",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "Someone already acknowledged it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	EscalationView acknowledge(@PathVariable UUID id, @RequestParam long version,
			@AuthenticationPrincipal HearthUser user) {
		escalations.acknowledge(new EscalationId(id), version, user);
		return EscalationView.of(escalations.open(new EscalationId(id), user).escalation());
	}

	@PostMapping("/api/v1/care/escalations/{id}/outcome")
	@Operation(summary = "Record what was done for the member (the people on the escalation's ladder, and staff)")
	@ApiResponse(responseCode = "200", description = "Recorded; the escalation is closed")
	@ApiResponse(responseCode = "400", description = "A field needs another look",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Not on this escalation's ladder",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Someone else acted on it meanwhile: read it again",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "The outcome was already recorded",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	EscalationView outcome(@PathVariable UUID id, @Valid @RequestBody OutcomeRequest request,
			@AuthenticationPrincipal HearthUser user) {
		RequestRefused.showing(CareForms.FIELDS, () -> escalations.recordOutcome(new EscalationId(id),
				request.version(), request.outcome(), request.note(), user));
		return EscalationView.of(escalations.open(new EscalationId(id), user).escalation());
	}

	/**
	 * Someone off the escalation's ladder is refused as forbidden, with who may act and
	 * what to do.
	 */
	@ExceptionHandler(NotOnTheLadder.class)
	ProblemDetail notOnTheLadder(NotOnTheLadder refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refused.getMessage());
		problem.setTitle("Not on this escalation's ladder");
		return problem;
	}

	@GetMapping("/api/v1/care/rota")
	@Operation(summary = "Your own hours on duty: weekly hours in your time zone, and one-off changes not yet over "
			+ "(leads and staff)")
	RotaView rota(@AuthenticationPrincipal HearthUser user) {
		var own = rota.rotaOf(user.id());
		return new RotaView(own.hours().stream().map(HoursView::of).toList(),
				own.changes().stream().map(ChangeView::of).toList());
	}

	@PostMapping("/api/v1/care/rota/changes")
	@Operation(summary = "Add a one-off change to your hours: on duty for a stretch, or away (leads and staff)",
			description = "The change must end after now and last at most 31 days; a longer stretch is a change of "
					+ "the weekly hours.")
	@ApiResponse(responseCode = "201", description = "The change, saved")
	@ApiResponse(responseCode = "400", description = "A field is missing or does not read",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422",
			description = "The change would already be over, or lasts longer than 31 days; errors.endsAt says what to "
					+ "do",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ChangeView> addChange(@Valid @RequestBody ChangeRequest request,
			@AuthenticationPrincipal HearthUser user) {
		var change = RequestRefused.showing(CareForms.FIELDS,
				() -> rota.addChange(user, request.startsAt(), request.endsAt(), request.onDuty(), request.note()));
		return ResponseEntity.created(URI.create("/api/v1/care/rota/changes/" + change.id()))
			.body(ChangeView.of(change));
	}

	@DeleteMapping("/api/v1/care/rota/changes/{id}")
	@Operation(summary = "Remove one of your one-off changes (leads and staff)")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "You have no such change",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> removeChange(@PathVariable UUID id, @AuthenticationPrincipal HearthUser user) {
		rota.removeChange(user, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/care/on-duty")
	@Operation(summary = "Who is on duty now; an empty list means nobody is and staff are alerted (staff tokens)")
	OnDutyView onDuty() {
		var onDuty = rota.onDutyNow();
		return new OnDutyView(onDuty.at(), onDuty.nobody(),
				onDuty.people()
					.stream()
					.map(p -> new PersonView(p.person().value(), p.name(), p.roleLabel()))
					.toList());
	}

	record ResourceView(UUID id, String country, String language, String name, String phone, String text, String url,
			String hours, String description, LocalDate checkedOn) {

		static ResourceView of(CrisisResource r) {
			return new ResourceView(r.id().value(), r.country(), r.language(), r.name(), r.phone(), r.textNumber(),
					r.url(), r.hours(), r.description(), r.checkedOn());
		}

	}

	record OutcomeRequest(@NotNull(message = "Send the version you read.") Long version,
			@NotNull(message = "Choose what was done.") Escalation.Outcome outcome,
			@Size(max = 4000, message = "Please keep the note under 4,000 characters.") String note) {
	}

	/** Where an escalation stands after an action. */
	record EscalationView(UUID id, long reference, Escalation.Status status, Escalation.Rung rung,
			Escalation.Outcome outcome, long version) {

		static EscalationView of(Escalation e) {
			return new EscalationView(e.id().value(), e.reference(), e.status(), e.rung(), e.outcome(), e.version());
		}

	}

	/** One escalation as the API shows it: the page's content, names instead of ids. */
	record EscalationDetail(UUID id, long reference, Escalation.Trigger trigger, Severity severity,
			Escalation.Status status, Escalation.Rung rung, MemberView member, String raisedBy, String summary,
			String excerpt, Instant openedAt, String acknowledgedBy, Instant acknowledgedAt, Escalation.Outcome outcome,
			String outcomeNote, String closedBy, Instant closedAt, long version, boolean mayAct, List<StepView> ladder,
			List<OutboxMessage> replies) {

		static EscalationDetail of(Escalations.EscalationFile file, boolean mayAct) {
			Escalation e = file.escalation();
			var m = file.member();
			return new EscalationDetail(e.id().value(), e.reference(), e.trigger(), e.severity(), e.status(), e.rung(),
					new MemberView(m.platform().code(), m.platformGiven(), m.handle(), m.country(), m.language(),
							m.timeZone()),
					file.raisedBy(), e.summary(), e.excerpt(), e.openedAt(), file.acknowledgedBy(), e.acknowledgedAt(),
					e.outcome(), e.outcomeNote(), file.closedBy(), e.closedAt(), e.version(), mayAct,
					file.ladder().stream().map(s -> new StepView(s.at(), s.kind(), s.detail())).toList(),
					file.replies());
		}

	}

	/**
	 * A member: platform is discord, forum or other; platformGiven, for other, the word
	 * an integration gave.
	 */
	record MemberView(String platform, String platformGiven, String handle, String country, String language,
			String timeZone) {
	}

	/** One step on the escalation's ladder. */
	record StepView(Instant at, String kind, String detail) {
	}

	/** A one-off change as sent: instants in UTC, such as 2027-01-05T18:00:00Z. */
	record ChangeRequest(@NotNull(message = "Give when the change starts.") Instant startsAt,
			@NotNull(message = "Give when the change ends.") Instant endsAt, boolean onDuty,
			@Size(max = 200, message = "Please keep the note under 200 characters.") String note) {
	}

	record ChangeView(UUID id, Instant startsAt, Instant endsAt, boolean onDuty, String note) {

		static ChangeView of(DutyChange c) {
			return new ChangeView(c.id(), c.startsAt(), c.endsAt(), c.onDuty(), c.note());
		}

	}

	record HoursView(UUID id, DayOfWeek day, LocalTime starts, LocalTime ends, String timeZone) {

		static HoursView of(DutyHours h) {
			return new HoursView(h.id(), h.day(), h.starts(), h.ends(), h.zone().getId());
		}

	}

	record RotaView(List<HoursView> hours, List<ChangeView> changes) {
	}

	record PickView(List<ResourceView> resources, boolean fallback, String reason) {
	}

	record PersonView(UUID id, String name, String role) {
	}

	record OnDutyView(Instant at, boolean nobodyOnDuty, List<PersonView> people) {
	}

}
