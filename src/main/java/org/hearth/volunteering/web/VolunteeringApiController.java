package org.hearth.volunteering.web;

import org.hearth.shared.Paging;
import org.hearth.shared.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.people.HearthUser;
import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;
import org.hearth.programs.ProgramId;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.EnrolmentId;
import org.hearth.volunteering.EnrolmentState;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.Enrolments.LeadPeriod;
import org.hearth.volunteering.Fulfilment;
import org.hearth.volunteering.LeadProfile;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceEntry;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.ServiceRecordEntry;
import org.hearth.volunteering.Volunteers;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Volunteering", description = "Enrolments, lead volunteers, service and commitment, pauses")
class VolunteeringApiController {

	private final Enrolments enrolments;

	private final ServiceLog serviceLog;

	private final LeadVolunteers leads;

	private final Volunteers volunteers;

	private final Clock clock;

	VolunteeringApiController(Enrolments enrolments, ServiceLog serviceLog, LeadVolunteers leads, Volunteers volunteers,
			Clock clock) {
		this.clock = clock;
		this.enrolments = enrolments;
		this.serviceLog = serviceLog;
		this.leads = leads;
		this.volunteers = volunteers;
	}

	// The volunteer

	@GetMapping("/enrolments")
	@Operation(summary = "Your enrolments, with fulfilment of your commitment")
	List<EnrolmentView> mine(@AuthenticationPrincipal HearthUser user) {
		return enrolments.ofVolunteer(user.id()).stream().map(this::view).toList();
	}

	@GetMapping("/enrolments/{id}")
	@Operation(summary = "One enrolment (the volunteer, their lead or the lead's cover, or staff)")
	EnrolmentView enrolment(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id) {
		return view(enrolments.visibleTo(user, new EnrolmentId(id)));
	}

	@GetMapping("/enrolments/{id}/service-entries")
	@Operation(summary = "The service logged on an enrolment (the volunteer, their lead, or staff)")
	List<ServiceEntry> entries(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id) {
		return serviceLog.entries(enrolments.visibleTo(user, new EnrolmentId(id)).id());
	}

	@PostMapping("/enrolments/{id}/service-entries")
	@Operation(summary = "Log service (hours or sessions, as your commitment counts them) for your lead to approve")
	ResponseEntity<ServiceEntry> log(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @RequestBody ServiceRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(RequestRefused.showing(VolunteeringForms.SERVICE_FIELDS,
					() -> serviceLog.log(new EnrolmentId(id), user, body.servedOn(), body.amount(), body.note())));
	}

	@PostMapping("/enrolments/{id}/pause")
	@Operation(summary = "Pause your service until a date (up to six months); your lead and staff are told")
	EnrolmentView pause(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @RequestBody PauseRequest body) {
		return view(RequestRefused.showing(Map.of(Enrolment.Part.PAUSE_END, "until"),
				() -> enrolments.pause(new EnrolmentId(id), user, body.until())));
	}

	@PostMapping("/enrolments/{id}/resume")
	@Operation(summary = "Resume paused service")
	EnrolmentView resume(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id) {
		return view(enrolments.resume(new EnrolmentId(id), user));
	}

	@PostMapping("/enrolments/{id}/renewal")
	@Operation(summary = "Renew your commitment for its length once more (in its last 30 days)")
	EnrolmentView renew(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id) {
		return view(enrolments.renew(new EnrolmentId(id), user));
	}

	@PostMapping("/enrolments/{id}/wind-down")
	@Operation(summary = "Wind down: end your service in this role")
	EnrolmentView windDown(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @RequestBody WindDownRequest body) {
		return view(enrolments.windDown(new EnrolmentId(id), user, body.reason()));
	}

	// The lead volunteer

	@GetMapping("/lead/volunteers")
	@Operation(summary = "The volunteers you lead, or cover for while their lead is away (lead volunteers)")
	List<EnrolmentView> led(@AuthenticationPrincipal HearthUser user) {
		return enrolments.ledBy(user.id()).stream().map(this::view).toList();
	}

	@GetMapping("/lead/service-entries")
	@Operation(summary = "Logged service waiting for your approval (lead volunteers; staff see all)")
	List<ServiceEntry> waiting(@AuthenticationPrincipal HearthUser user) {
		return serviceLog.waitingFor(user);
	}

	@PostMapping("/lead/service-entries/{id}/decision")
	@Operation(summary = "Approve or decline logged service of a volunteer you lead (lead volunteers, staff)")
	ServiceEntry decide(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @RequestBody DecisionRequest body) {
		return serviceLog.decide(id, body.approve(), user);
	}

	@PutMapping("/lead/away")
	@Operation(summary = "Say you're away until a day, and who covers for you (lead volunteers)")
	LeadProfile away(@AuthenticationPrincipal HearthUser user, @Valid @RequestBody AwayRequest body) {
		return leads.goAway(user.id(), body.until(), new PersonId(body.coverLeadId()));
	}

	@DeleteMapping("/lead/away")
	@Operation(summary = "Say you're back (lead volunteers)")
	LeadProfile back(@AuthenticationPrincipal HearthUser user) {
		return leads.comeBack(user.id());
	}

	// Staff

	@GetMapping("/staff/enrolments")
	@Operation(summary = "Enrolments in a state, or every one in service (staff), most recently started first; a page "
			+ "at a time (page from 1, size up to 200, default 50), the other pages in the Link header")
	ResponseEntity<List<EnrolmentView>> list(@RequestParam(required = false) EnrolmentState state,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			HttpServletRequest request) {
		return PageLinks.answer(enrolments.enrolments(state, Paging.of(page, size)).map(this::view), request);
	}

	@PutMapping("/staff/enrolments/{id}/lead")
	@Operation(
			summary = "Connect a volunteer to another lead volunteer of the program (staff); the history stays. Send the enrolment's version you read: when someone changed it since, 409 and nothing changes")
	EnrolmentView reassign(@PathVariable UUID id, @Valid @RequestBody ReassignRequest body) {
		return view(RequestRefused.showing(Map.of(Enrolment.Part.LEAD, "lead"), () -> enrolments
			.reassign(new EnrolmentId(id), new PersonId(body.leadId()), body.reason(), body.version())));
	}

	@GetMapping("/staff/leads")
	@Operation(summary = "Lead volunteers with their capacity, load and cover (staff)")
	List<LeadProfile> leads() {
		return leads.all();
	}

	@PostMapping("/staff/leads")
	@Operation(summary = "Make a lead volunteer a lead of a program, with capacity, languages and time zone (staff)")
	ResponseEntity<LeadProfile> register(@Valid @RequestBody LeadRequest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(leads.register(new PersonId(body.leadId()), new ProgramId(body.programId()), body.capacity(),
					body.languages(), body.timeZone()));
	}

	@PutMapping("/staff/leads/{id}/capacity")
	@Operation(
			summary = "Change how many volunteers a lead accompanies in a program, 1 to 100 and no fewer than they lead now (staff); send the profile's version you read, 409 when it changed since")
	LeadProfile capacity(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id,
			@Valid @RequestBody CapacityRequest body) {
		return leads.changeCapacity(new PersonId(id), new ProgramId(body.programId()), body.capacity(), body.version(),
				user);
	}

	@PostMapping("/staff/leads/{id}/step-down")
	@Operation(
			summary = "A lead steps down from a program (programId, needed when they lead several): their volunteers there go to the best suggested leads (staff)")
	StepDownView stepDown(@PathVariable UUID id, @Valid @RequestBody StepDownRequest body) {
		return new StepDownView(body.programId() == null ? leads.stepDown(new PersonId(id), body.reason())
				: leads.stepDown(new PersonId(id), new ProgramId(body.programId()), body.reason()));
	}

	@GetMapping("/staff/volunteers/{id}/service-record")
	@Operation(summary = "A volunteer's service record, newest first (staff)")
	List<ServiceRecordEntry> record(@PathVariable UUID id) {
		return volunteers.serviceRecord(new PersonId(id));
	}

	private EnrolmentView view(Enrolment e) {
		Fulfilment fulfilment = serviceLog.fulfilment(e);
		return new EnrolmentView(e.id().value(), e.volunteer().value(), enrolments.nameOf(e.volunteer()),
				e.role().value(), enrolments.roleName(e.role()), e.state(), e.lead() == null ? null : e.lead().value(),
				enrolments.nameOf(e.lead()), e.commitment().months(), e.commitment().frequency(), e.startedOn(),
				e.commitmentEndsOn(), e.pausedUntil(), e.commitmentEndingBy(LocalDate.now(clock)), fulfilment,
				enrolments.leadHistory(e.id()), e.endReason(), e.version());
	}

	record EnrolmentView(UUID id, UUID volunteer, String volunteerName, UUID roleId, String roleName,
			EnrolmentState state, UUID lead, String leadName, int commitmentMonths, String commitmentFrequency,
			LocalDate startedOn, LocalDate commitmentEndsOn, LocalDate pausedUntil, boolean renewOrWindDown,
			Fulfilment fulfilment, List<LeadPeriod> leadHistory, String endReason, long version) {
	}

	record ServiceRequest(@NotNull LocalDate servedOn, @NotNull BigDecimal amount, @Size(max = 1000) String note) {
	}

	record PauseRequest(@NotNull LocalDate until) {
	}

	record WindDownRequest(@Size(max = 1000) String reason) {
	}

	record DecisionRequest(boolean approve) {
	}

	record AwayRequest(@NotNull LocalDate until, @NotNull UUID coverLeadId) {
	}

	record ReassignRequest(@NotNull UUID leadId,
			@NotBlank(message = "Say why you are connecting them to another lead; it stays in their history.") @Size(
					max = 400) String reason,
			Long version) {
	}

	/** The program is needed only for a lead of several programs. */
	record StepDownRequest(@Size(max = 1000) String reason, UUID programId) {
	}

	record LeadRequest(@NotNull UUID leadId, @NotNull UUID programId, int capacity, String languages, String timeZone) {
	}

	record CapacityRequest(@NotNull(message = "Name the program (programId).") UUID programId,
			@NotNull(message = "How many volunteers, from 1 to 100?") Integer capacity,
			@NotNull(message = "Send the version of the lead's profile you read.") Long version) {
	}

	record StepDownView(int volunteersReassigned) {
	}

}
