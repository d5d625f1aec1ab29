package org.hearth.recognition;

import org.springframework.modulith.NamedInterface;

/** What kind of milestone a volunteer reached. */
@NamedInterface("web")
public enum MilestoneKind {

	/** A month since they began serving. */
	FIRST_MONTH,
	/** A number of approved hours served in all. */
	HOURS,
	/** All that a commitment asked for, served. */
	COMMITMENT_FULFILLED,
	/** A number of trainings taken part in. */
	TRAININGS

}
