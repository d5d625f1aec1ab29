package org.hearth.care;

import org.hearth.shared.RequestRefused;

import org.springframework.modulith.NamedInterface;

/**
 * Someone who is not on an escalation's ladder tried to act on it. Only the people it
 * concerns act, so two leads who never heard of a member cannot both reach out, and an
 * outcome is recorded by someone who was there.
 */
@NamedInterface("web")
public class NotOnTheLadder extends RequestRefused {

	NotOnTheLadder() {
		super("Only the people this alert is for act on it: the facilitators and leads it alerted or who are on duty "
				+ "now, the lead of the volunteer who raised it, and staff. If you can help, ask staff to bring you in, "
				+ "or add your hours on duty so the next alert reaches you.");
	}

}
