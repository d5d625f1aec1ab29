package org.hearth.volunteering;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers who serves in which role from the enrolments, ids only. */
@Component
class EnrolmentRoster implements ServingRoles {

	private final EnrolmentStore store;

	EnrolmentRoster(EnrolmentStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RoleServed> servingNow() {
		return store.inService();
	}

}
