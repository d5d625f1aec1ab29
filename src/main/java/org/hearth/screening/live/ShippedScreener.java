package org.hearth.screening.live;

import org.hearth.screening.Screener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The screener the application runs: the shipped tiers, built once and shared; the
 * admins' phrases are layered over it by {@link LiveScreening}. The learned tier runs
 * after the rules only when {@code hearth.screening.model.enabled} is true (off by
 * default: it costs about 4 ms of CPU for each new message, so two cores cannot hold the
 * API's p99 target of 50 ms at 500 requests a second with it); when it is on and the
 * model cannot be loaded, the application does not start rather than screen with less
 * than it was asked to.
 */
@Configuration(proxyBeanMethods = false)
class ShippedScreener {

	@Bean
	Screener screener(@Value("${hearth.screening.model.enabled:false}") boolean model) {
		return model ? Screener.withShippedModel() : Screener.withShippedRules();
	}

}
