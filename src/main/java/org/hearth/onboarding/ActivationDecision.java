package org.hearth.onboarding;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What the activation policy says: allowed, or refused with what is still missing and
 * what failed.
 */
@NamedInterface("web")
public sealed interface ActivationDecision {

	/** Every requirement is met. */
	record Allowed() implements ActivationDecision {
	}

	/**
	 * Some requirements are unmet.
	 *
	 * @param missing every unmet requirement in plain words, failed ones included
	 * @param failed the requirements that failed outright and can disqualify
	 */
	record Refused(List<String> missing, List<String> failed) implements ActivationDecision {

		public Refused {
			missing = List.copyOf(missing);
			failed = List.copyOf(failed);
		}

	}

}
