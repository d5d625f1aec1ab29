package org.hearth.screening.live;

import org.hearth.screening.Screener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The screener the application runs: the shipped tiers, built once and shared; the
 * admins' phrases are layered over it by {@link LiveScreening}. The learned tier runs
 * after the rules unless {@code hearth.screening.model.enabled} is false: on messages
 * written independently of the rules it more than doubles the crises found (0.36 to 0.83
 * on the held-out set) with fewer than 4 % of benign messages flagged, for a few
 * milliseconds of CPU a new message (docs/screening.md). An organisation screening
 * several hundred new messages a second on two cores may turn it off. When it is on and
 * the model cannot be loaded, the application does not start rather than screen with less
 * than it was asked to.
 */
@Configuration(proxyBeanMethods = false)
class ShippedScreener {

	@Bean
	Screener screener(@Value("${hearth.screening.model.enabled:true}") boolean model) {
		return model ? Screener.withShippedModel() : Screener.withShippedRules();
	}

}
