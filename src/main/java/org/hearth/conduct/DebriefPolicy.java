package org.hearth.conduct;

import java.util.Set;

import org.hearth.people.Role;

/**
 * Debrief, not discipline: a volunteer who reports a conflict, a disagreement or their
 * own emotional distress is asking for support, so the report becomes a debrief with
 * their lead, not a case.
 */
final class DebriefPolicy {

	static final Set<ReportCategory> DEBRIEF_CATEGORIES = Set.of(ReportCategory.CONFLICT, ReportCategory.DISAGREEMENT,
			ReportCategory.EMOTIONAL_DISTRESS);

	public boolean routesToDebrief(ReportCategory category, Role reporterRole) {
		return DEBRIEF_CATEGORIES.contains(category) && reporterRole != null
				&& reporterRole.compareTo(Role.VOLUNTEER) >= 0 && reporterRole.compareTo(Role.LEAD) <= 0;
	}

}
