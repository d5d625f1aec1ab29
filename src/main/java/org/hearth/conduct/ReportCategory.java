package org.hearth.conduct;

import org.hearth.screening.Severity;

/**
 * What a report is about, in the words of the Code of Conduct, and how urgent each is by
 * default.
 */
public enum ReportCategory {

	HARASSMENT("Harassment or abuse", Severity.HIGH), HATE_SPEECH("Hate speech", Severity.HIGH),
	SHAMING("Shaming or stigmatising", Severity.MEDIUM),
	ROMANTIC_SOLICITATION("Romantic or sexual advances", Severity.HIGH),
	MEDICAL_ADVICE("Medical advice", Severity.MEDIUM), LEGAL_ADVICE("Legal advice", Severity.MEDIUM),
	SELF_HARM_ENCOURAGEMENT("Encouraging someone to harm themselves", Severity.CRITICAL),
	MEMBER_AT_RISK("A member may be at risk of harming themselves", Severity.CRITICAL),
	PLATFORM_TERMS_VIOLATION("Breaking a platform's terms or community guidelines", Severity.MEDIUM),
	CONFLICT("A conflict", Severity.LOW), DISAGREEMENT("A disagreement", Severity.LOW),
	MISCONDUCT("Other misconduct", Severity.MEDIUM),
	EMOTIONAL_DISTRESS("Emotional distress after a conversation", Severity.LOW), OTHER("Something else", Severity.LOW);

	private final String label;

	private final Severity severity;

	ReportCategory(String label, Severity severity) {
		this.label = label;
		this.severity = severity;
	}

	public String label() {
		return label;
	}

	public Severity defaultSeverity() {
		return severity;
	}

	/**
	 * Whether this is about a person's safety rather than their conduct: care answers it
	 * at once, and it never becomes a case about anyone.
	 */
	public boolean isCare() {
		return this == MEMBER_AT_RISK;
	}

	/**
	 * The report category for a screening category a person broke towards others; a
	 * crisis is the author's own and is never a report category, so it has none.
	 */
	public static java.util.Optional<ReportCategory> forScreening(org.hearth.screening.Category category) {
		return java.util.Optional.ofNullable(switch (category) {
			case SELF_HARM_ENCOURAGEMENT -> SELF_HARM_ENCOURAGEMENT;
			case HARASSMENT -> HARASSMENT;
			case HATE_SPEECH -> HATE_SPEECH;
			case SHAMING -> SHAMING;
			case ROMANTIC_SOLICITATION -> ROMANTIC_SOLICITATION;
			case MEDICAL_ADVICE -> MEDICAL_ADVICE;
			case LEGAL_ADVICE -> LEGAL_ADVICE;
			case CRISIS -> null;
		});
	}

}
