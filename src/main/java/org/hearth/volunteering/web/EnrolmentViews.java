package org.hearth.volunteering.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.people.Accounts;
import org.hearth.people.PersonId;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRoleId;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.EnrolmentId;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.Fulfilment;
import org.hearth.volunteering.ServiceEntry;
import org.hearth.volunteering.ServiceLog;

import org.springframework.stereotype.Component;

/**
 * What the volunteering pages show of enrolments and of service waiting for approval,
 * with the names of people and roles looked up once for the page, never once a row.
 */
@Component
class EnrolmentViews {

	private final Enrolments enrolments;

	private final ServiceLog serviceLog;

	private final Accounts accounts;

	private final Programs catalog;

	EnrolmentViews(Enrolments enrolments, ServiceLog serviceLog, Accounts accounts, Programs catalog) {
		this.enrolments = enrolments;
		this.serviceLog = serviceLog;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	/** The enrolments as rows, in their order. */
	List<EnrolmentView> of(List<Enrolment> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Set<PersonId> people = new HashSet<>();
		list.forEach(enrolment -> {
			people.add(enrolment.volunteer());
			people.add(enrolment.lead());
		});
		Map<PersonId, String> names = accounts.namesOf(people);
		Map<ProgramRoleId, String> roles = catalog.roleNames();
		Map<EnrolmentId, Fulfilment> fulfilments = serviceLog.fulfilments(list);
		return list.stream()
			.map(enrolment -> new EnrolmentView(enrolment, nameIn(names, enrolment.volunteer()),
					roles.getOrDefault(enrolment.role(), "a role"), nameIn(names, enrolment.lead()),
					fulfilments.get(enrolment.id())))
			.toList();
	}

	EnrolmentView of(Enrolment enrolment) {
		return of(List.of(enrolment)).get(0);
	}

	/** The waiting service, each with the name of the volunteer who logged it. */
	List<WaitingEntry> waiting(List<ServiceEntry> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		Map<EnrolmentId, PersonId> volunteers = enrolments
			.volunteersOf(entries.stream().map(ServiceEntry::enrolment).toList());
		Map<PersonId, String> names = accounts.namesOf(volunteers.values());
		return entries.stream()
			.map(entry -> new WaitingEntry(entry, nameIn(names, volunteers.get(entry.enrolment()))))
			.toList();
	}

	/**
	 * A person's name as the pages write it: nothing for nobody, "someone" for a
	 * stranger.
	 */
	private static String nameIn(Map<PersonId, String> names, PersonId person) {
		return person == null ? "" : names.getOrDefault(person, "someone");
	}

	/**
	 * An enrolment as a page shows it: whose it is, the role, the lead, and how far the
	 * commitment is fulfilled.
	 */
	record EnrolmentView(Enrolment enrolment, String volunteerName, String roleName, String leadName,
			Fulfilment fulfilment) {
	}

	/** Service waiting for a decision, with the name of the volunteer who logged it. */
	record WaitingEntry(ServiceEntry entry, String volunteerName) {
	}

}
