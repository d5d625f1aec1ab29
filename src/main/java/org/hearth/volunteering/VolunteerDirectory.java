package org.hearth.volunteering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hearth.people.PersonId;
import org.hearth.programs.ProgramId;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers other modules' questions about volunteers in service, from enrolments and lead
 * profiles.
 */
@Component
class VolunteerDirectory implements Volunteers {

	private final EnrolmentStore enrolments;

	private final LeadProfileStore leads;

	private final ServiceRecords records;

	private final Clock clock;

	private final Enrolments service;

	VolunteerDirectory(EnrolmentStore enrolments, LeadProfileStore leads, ServiceRecords records, Clock clock,
			@Lazy Enrolments service) {
		this.enrolments = enrolments;
		this.leads = leads;
		this.records = records;
		this.clock = clock;
		this.service = service;
	}

	@Override
	@Transactional
	public int endService(PersonId volunteer, String reason) {
		return service.removeEverywhere(volunteer, reason);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PersonId> leadFor(PersonId volunteer) {
		LocalDate today = LocalDate.now(clock);
		return enrolments.ofVolunteer(volunteer)
			.stream()
			.filter(enrolment -> enrolment.state().inService())
			.max(Comparator.comparing(Enrolment::startedOn))
			.map(enrolment -> leads.find(enrolment.lead(), enrolment.program())
				.filter(profile -> profile.awayOn(today) && profile.cover() != null)
				.map(LeadProfile::cover)
				.filter(cover -> leads.find(cover, enrolment.program()).filter(LeadProfile::serving).isPresent())
				.orElse(enrolment.lead()));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean serving(PersonId person) {
		return enrolments.ofVolunteer(person).stream().anyMatch(enrolment -> enrolment.state().inService());
	}

	@Override
	@Transactional(readOnly = true)
	public Set<ProgramId> programsOf(PersonId person) {
		return enrolments.programsServedOrLedBy(person);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonId> peopleOf(ProgramId program) {
		return enrolments.servingOrLeadingIn(program);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean leads(PersonId lead, PersonId volunteer) {
		return ledBy(lead).contains(volunteer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PersonId> ledBy(PersonId lead) {
		var led = new java.util.LinkedHashSet<PersonId>();
		enrolments.inServiceWithLead(lead).forEach(enrolment -> led.add(enrolment.volunteer()));
		enrolments.coveredBy(lead, LocalDate.now(clock)).forEach(enrolment -> led.add(enrolment.volunteer()));
		return List.copyOf(led);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ServingVolunteer> inService() {
		LocalDate today = LocalDate.now(clock);
		var byVolunteer = new java.util.LinkedHashMap<PersonId, List<Enrolment>>();
		for (Enrolment enrolment : enrolments.allInService()) {
			byVolunteer.computeIfAbsent(enrolment.volunteer(), v -> new java.util.ArrayList<>()).add(enrolment);
		}
		var profiles = new java.util.HashMap<java.util.List<Object>, Optional<LeadProfile>>();
		var serving = new java.util.ArrayList<ServingVolunteer>();
		byVolunteer.forEach((volunteer, theirs) -> {
			Enrolment newest = theirs.stream().max(Comparator.comparing(Enrolment::startedOn)).orElseThrow();
			PersonId lead = profiles
				.computeIfAbsent(java.util.List.of(newest.lead(), newest.program()),
						key -> leads.find(newest.lead(), newest.program()))
				.filter(profile -> profile.awayOn(today) && profile.cover() != null)
				.map(LeadProfile::cover)
				.orElse(newest.lead());
			boolean paused = theirs.stream().allMatch(e -> e.state() == EnrolmentState.PAUSED);
			LocalDate since = theirs.stream().map(Enrolment::startedOn).min(Comparator.naturalOrder()).orElseThrow();
			serving.add(new ServingVolunteer(volunteer, lead, paused, since));
		});
		return serving;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ServiceRecordEntry> serviceRecord(PersonId volunteer) {
		return records.of(volunteer);
	}

}
