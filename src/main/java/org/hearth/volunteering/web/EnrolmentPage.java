package org.hearth.volunteering.web;

import java.util.List;
import java.util.UUID;

import org.hearth.people.HearthUser;
import org.hearth.people.Role;
import org.hearth.volunteering.Enrolment;
import org.hearth.volunteering.EnrolmentId;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.ServiceLog;
import org.hearth.volunteering.Volunteers;
import org.hearth.volunteering.web.EnrolmentViews.EnrolmentView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The page of one enrolment, which the volunteer's lead and staff both open: its service,
 * who led the volunteer and, for staff, the leads to reassign them to.
 */
@Component
class EnrolmentPage {

	private final Enrolments enrolments;

	private final EnrolmentViews views;

	private final ServiceLog serviceLog;

	private final Volunteers volunteers;

	EnrolmentPage(Enrolments enrolments, EnrolmentViews views, ServiceLog serviceLog, Volunteers volunteers) {
		this.enrolments = enrolments;
		this.views = views;
		this.serviceLog = serviceLog;
		this.volunteers = volunteers;
	}

	/**
	 * The enrolment's page, when this person may see it; otherwise as if it did not
	 * exist.
	 */
	String show(HearthUser user, UUID id, Model model) {
		Enrolment enrolment = enrolments.visibleTo(user, new EnrolmentId(id));
		EnrolmentView view = views.of(enrolment);
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("view", view);
		model.addAttribute("fulfilment", view.fulfilment());
		model.addAttribute("entries", serviceLog.entries(enrolment.id()));
		model.addAttribute("history", enrolments.leadHistory(enrolment.id()));
		boolean staff = user.role().compareTo(Role.STAFF) >= 0;
		model.addAttribute("staff", staff);
		boolean reassignable = staff && enrolment.state().inService();
		model.addAttribute("suggestions",
				reassignable ? enrolments.suggestLeads(enrolment.program(), enrolment.languages(), enrolment.timeZone())
					.stream()
					.filter(s -> !s.candidate().lead().equals(enrolment.lead()))
					.toList() : List.of());
		model.addAttribute("unavailable",
				reassignable ? enrolments.unavailableLeads(enrolment.program(), enrolment.lead()) : List.of());
		model.addAttribute("record", staff ? volunteers.serviceRecord(enrolment.volunteer()) : List.of());
		return "volunteering/enrolment";
	}

}
