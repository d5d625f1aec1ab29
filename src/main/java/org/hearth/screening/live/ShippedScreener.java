package org.hearth.screening.live;

import org.hearth.screening.Screener;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The screener the application runs: the shipped tiers, built once and shared; the
 * admins' phrases are layered over it by {@link LiveScreening}.
 */
@Configuration(proxyBeanMethods = false)
class ShippedScreener {

	@Bean
	Screener screener() {
		return Screener.withShippedRules();
	}

}
