package org.hearth.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.hearth.people.HearthUser;
import org.hearth.people.Role;
import org.hearth.site.HomeContribution.HomeCard;
import org.hearth.site.HomeContribution.HomeLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	HomeContribution accountOnHome() {
		return user -> {
			var cards = new ArrayList<HomeCard>();
			cards.add(new HomeCard(90, "Your account", "Signed in as " + user.email() + " (" + roleOf(user) + ").",
					List.of(new HomeLink("API tokens for scripts", "/account"),
							new HomeLink("API documentation", "/swagger-ui/index.html"))));
			if (user.role() == Role.ADMIN) {
				cards.add(new HomeCard(10, "Administration", "People's roles and the record of every change.", List
					.of(new HomeLink("People and roles", "/admin/people"), new HomeLink("Audit log", "/admin/audit"))));
			}
			return cards;
		};
	}

	private static String roleOf(HearthUser user) {
		return user.leadType() == null ? user.role().label() : user.leadType().label();
	}

	@Bean
	OpenAPI hearthApi() {
		return new OpenAPI()
			.info(new Info().title("Hearth API")
				.version("v1")
				.description("Programs, people, onboarding, conduct and screening for a peer-support volunteer "
						+ "program. Authenticate with a personal API token: 'Authorization: Bearer hth_…'. "
						+ "Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token (hth_…), or an integration token for screening and the "
								+ "care outbox")));
	}

	/**
	 * Declares each operation's own security: a token, except where an operation says it
	 * needs none ({@code @SecurityRequirements} with nothing in it: registration, and the
	 * background-check provider's signed webhook).
	 */
	@Bean
	OpenApiCustomizer tokenOnEachOperation() {
		return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			if (operation.getSecurity() == null) {
				operation.addSecurityItem(new SecurityRequirement().addList("token"));
			}
		}));
	}

}
