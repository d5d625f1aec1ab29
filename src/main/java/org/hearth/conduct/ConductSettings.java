package org.hearth.conduct;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation's conduct settings: how many warnings within which window open a staff
 * review ({@code hearth.conduct.warning-threshold=3},
 * {@code hearth.conduct.warning-window=12m}).
 */
@ConfigurationProperties("hearth.conduct")
record ConductSettings(@DefaultValue("3") int warningThreshold, @DefaultValue("12m") Period warningWindow) {

	public WarningPolicy warningPolicy() {
		return new WarningPolicy(warningThreshold, warningWindow);
	}

}
