package org.hearth.onboarding;

import java.util.List;

import org.hearth.shared.RequestRefused;

import org.springframework.modulith.NamedInterface;

/**
 * Activation refused because requirements are unmet: names every one of them, in the
 * checklist's order, not only the first.
 */
@NamedInterface("web")
public class ActivationRefused extends RequestRefused {

	private final List<String> missing;

	public ActivationRefused(List<String> missing) {
		super("Not yet: " + String.join("; ", missing) + ".");
		this.missing = List.copyOf(missing);
	}

	/** Every unmet requirement, in plain words. */
	public List<String> missing() {
		return missing;
	}

}
