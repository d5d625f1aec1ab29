package org.hearth.volunteering;

import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.people.Access;
import org.hearth.people.AccessChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A lead volunteer removed permanently leads no one: their volunteers go to other leads
 * of the program. When no lead has room, staff are asked to reassign them through the
 * audit log and the enrolments page.
 */
@Component
class LeadRemovalListener {

	private final LeadVolunteers leads;

	private final AuditLog audit;

	LeadRemovalListener(LeadVolunteers leads, AuditLog audit) {
		this.leads = leads;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(AccessChanged event) {
		if (event.to() != Access.REMOVED) {
			return;
		}
		try {
			leads.stepDownOnRemoval(event.person(), "removed permanently");
		}
		catch (RequestRefused ex) {
			audit.record("lead.removed-volunteers-waiting", "person", event.person(),
					"A removed lead's volunteers still need another lead: " + ex.getMessage());
		}
	}

}
