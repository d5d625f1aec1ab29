package org.hearth.care.web;

import java.time.Instant;
import java.time.LocalDate;
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
import org.hearth.care.DutyRota;
import org.hearth.care.Escalation;
import org.hearth.care.EscalationId;
import org.hearth.care.Escalations;
import org.hearth.care.NotOnTheLadder;
import org.hearth.care.OutboxMessage;
import org.hearth.people.HearthUser;
import org.hearth.shared.RequestRefused;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Care for integrations and scripts: crisis resources for a country and language, the
 * replies waiting for a platform's bot to carry to members, and who is on duty now.
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
		var pick = resources.pick(country, language);
		return new PickView(pick.resources().stream().map(ResourceView::of).toList(), pick.fallback(), pick.reason());
	}

	@GetMapping("/api/v1/care/outbox")
	@Operation(summary = "Replies waiting for a platform's integration to carry to members (staff tokens)")
	@ApiResponse(responseCode = "200", description = "The replies waiting, oldest first")
	@ApiResponse(responseCode = "422", description = "No platform was named",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<OutboxMessage> outbox(@RequestParam String platform) {
		if (platform == null || platform.isBlank()) {
			throw new RequestRefused("platform", "Name the platform, such as discord or forum.");
		}
		return escalations.waitingReplies(platform);
	}

	@PostMapping("/api/v1/care/outbox/{id}/sent")
	@Operation(summary = "Say that a reply reached the member (staff tokens); saying it again changes nothing")
	@ApiResponse(responseCode = "200", description = "The reply, marked sent")
	@ApiResponse(responseCode = "404", description = "There is no such reply",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	OutboxMessage sent(@PathVariable UUID id) {
		return escalations.replySent(id);
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
		return EscalationView.of(escalations.open(new EscalationId(id)).escalation());
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
		escalations.recordOutcome(new EscalationId(id), request.version(), request.outcome(), request.note(), user);
		return EscalationView.of(escalations.open(new EscalationId(id)).escalation());
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

	record PickView(List<ResourceView> resources, boolean fallback, String reason) {
	}

	record PersonView(UUID id, String name, String role) {
	}

	record OnDutyView(Instant at, boolean nobodyOnDuty, List<PersonView> people) {
	}

}
