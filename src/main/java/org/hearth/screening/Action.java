package org.hearth.screening;

import java.util.Locale;

/**
 * What follows a screening, per PRODUCT.md's table of categories and author roles.
 * Constants are declared from the weakest to the strongest: when a message breaks several
 * categories the strongest action wins.
 */
public enum Action {

	/** Nothing to do. */
	NONE,
	/**
	 * Volunteer gave medical or legal advice: a case, with a rewording in the voice of
	 * experience.
	 */
	OPEN_CASE_WITH_SUGGESTED_REWORDING,
	/** Harassment, hate speech, romantic solicitation, or shaming by a member: a case. */
	OPEN_CASE,
	/** Shaming by a volunteer: a case and feedback from their lead. */
	OPEN_CASE_AND_GIVE_FEEDBACK,
	/**
	 * Screening failed on this message: it is held and goes to staff to read, since a
	 * failure must never pass as clean.
	 */
	HOLD_FOR_HUMAN_REVIEW,
	/** A volunteer signals crisis: a debrief with their lead, and crisis resources. */
	DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES,
	/**
	 * A member signals crisis: crisis resources, and the on-duty SWAT facilitator or lead
	 * is alerted.
	 */
	SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT,
	/**
	 * A member encourages self-harm: the message is held, a case opens, moderators are
	 * alerted.
	 */
	HOLD_MESSAGE_OPEN_CASE_AND_ALERT_MODERATORS,
	/**
	 * Only the learned tier found something whose action would take a volunteer's access
	 * away (encouragement of self-harm): the message is held and a critical case opens
	 * for staff to confirm, and nobody is suspended until a person has read it. A model
	 * reads meaning without naming the words, so an irreversible measure waits for a
	 * person; a rule's finding still suspends at once.
	 */
	HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM,
	/**
	 * A volunteer encourages self-harm: access is suspended at once and a critical case
	 * opens.
	 */
	SUSPEND_AND_OPEN_CRITICAL_CASE;

	/** The action PRODUCT.md gives for one category and author role. */
	public static Action forCategory(Category category, AuthorRole role) {
		boolean volunteer = role == AuthorRole.VOLUNTEER;
		return switch (category) {
			case SELF_HARM_ENCOURAGEMENT ->
				volunteer ? SUSPEND_AND_OPEN_CRITICAL_CASE : HOLD_MESSAGE_OPEN_CASE_AND_ALERT_MODERATORS;
			case CRISIS -> volunteer ? DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES : SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT;
			case HARASSMENT, HATE_SPEECH, ROMANTIC_SOLICITATION -> OPEN_CASE;
			case SHAMING -> volunteer ? OPEN_CASE_AND_GIVE_FEEDBACK : OPEN_CASE;
			case MEDICAL_ADVICE, LEGAL_ADVICE -> volunteer ? OPEN_CASE_WITH_SUGGESTED_REWORDING : NONE;
		};
	}

	/**
	 * The action for one finding: as {@link #forCategory}, except that a finding of the
	 * learned tier alone never takes anyone's access away by itself; it asks staff to
	 * confirm ({@link #HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM}) instead.
	 */
	public static Action forFinding(Finding finding, AuthorRole role) {
		Action action = forCategory(finding.category(), role);
		return finding.tier() == Finding.Tier.MODEL && action.takesAccessAway() ? HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM
				: action;
	}

	/** Whether this action suspends or removes the author before anyone has looked. */
	public boolean takesAccessAway() {
		return this == SUSPEND_AND_OPEN_CRITICAL_CASE;
	}

	/** The stronger of two actions. */
	public Action strongest(Action other) {
		return other.ordinal() > ordinal() ? other : this;
	}

	/** The wire form in lower snake case, e.g. {@code suspend_and_open_critical_case}. */
	public String jsonName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
