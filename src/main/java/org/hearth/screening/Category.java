package org.hearth.screening;

/** The eight screening categories of the Code of Conduct, as named in PRODUCT.md. */
public enum Category {

	SELF_HARM_ENCOURAGEMENT, CRISIS, HARASSMENT, HATE_SPEECH, SHAMING, ROMANTIC_SOLICITATION, MEDICAL_ADVICE,
	LEGAL_ADVICE

}
