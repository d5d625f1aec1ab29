package org.hearth.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's rules for who may reach its pages and endpoints. Each module declares its
 * own as a bean; they are applied before the general rule that everything else needs a
 * signed-in person.
 */
@FunctionalInterface
public interface RequestAuthorizations {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
