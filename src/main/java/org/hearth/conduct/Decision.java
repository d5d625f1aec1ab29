package org.hearth.conduct;

import java.time.Instant;

import org.hearth.people.PersonId;

import org.springframework.modulith.NamedInterface;

/**
 * One decision on a case: the outcome, the written rationale, who decided and when. Never
 * changed once made; a decision on an appeal names the decision it reviews.
 */
@NamedInterface("web")
public record Decision(DecisionId id, CaseId caseId, Outcome outcome, String rationale, PersonId decidedBy,
		String decidedByName, Instant decidedAt, DecisionId onAppealOf) {

	public boolean onAppeal() {
		return onAppealOf != null;
	}

}
