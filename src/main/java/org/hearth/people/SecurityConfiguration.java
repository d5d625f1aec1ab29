package org.hearth.people;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.hearth.audit.AuditLog;
import org.hearth.shared.RequestAuthorizations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may reach what. Pages use a session and a sign-in form; {@code /api/**} is
 * stateless and takes a personal API token as {@code Authorization: Bearer hth_…}. Roles
 * include the ones below them: admin, staff, lead volunteer, volunteer, applicant.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/sign-in", "/register", "/register/confirm", "/password/**", "/setup",
			"/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	/** Hearth uses none of these browser features; no page or embedded content may. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_STAFF
				ROLE_STAFF > ROLE_LEAD
				ROLE_LEAD > ROLE_VOLUNTEER
				ROLE_VOLUNTEER > ROLE_APPLICANT""");
	}

	@Bean
	UserDetailsService userDetailsService(PersonStore people) {
		return email -> people.findByEmail(email)
			.map(HearthUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No account for " + email));
	}

	@Bean
	RequestAuthorizations peopleAuthorizations() {
		return rules -> rules.requestMatchers(HttpMethod.POST, "/api/v1/registrations")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/people", "/api/v1/people/*")
			.hasRole("STAFF")
			.requestMatchers("/api/v1/people/**", "/admin/people/**", "/actuator/**")
			.hasRole("ADMIN");
	}

	private static void problem(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/** The filter chains, only in the web server (not in the command-line tools). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class WebSecurity {

		/**
		 * The general rules, after every module's own: each area of the site belongs to a
		 * role.
		 */
		private static void applyGeneralRules(
				AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers("/admin/**", "/api/v1/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/staff/**", "/api/v1/staff/**")
				.hasRole("STAFF")
				.requestMatchers("/lead/**", "/api/v1/lead/**")
				.hasRole("LEAD")
				.anyRequest()
				.authenticated();
		}

		@Bean
		@Order(1)
		SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, List<RequestAuthorizations> authorizations,
				JsonMapper json) throws Exception {
			http.securityMatcher("/api/**")
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.addFilterBefore(new BearerTokenFilter(tokens, json), UsernamePasswordAuthenticationFilter.class)
				.headers(headers -> headers
					.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
					.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
					.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
				.exceptionHandling(handling -> handling.authenticationEntryPoint((request, response, ex) -> problem(
						json, request, response, HttpStatus.UNAUTHORIZED,
						"Send a personal API token as 'Authorization: Bearer hth_…'. Create one under Account → API tokens."))
					.accessDeniedHandler(
							(request, response, ex) -> problem(json, request, response, HttpStatus.FORBIDDEN,
									"Your role does not allow this. Ask an admin if you think it should.")))
				.authorizeHttpRequests(rules -> {
					authorizations.forEach(authorization -> authorization.configure(rules));
					applyGeneralRules(rules);
				});
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain web(HttpSecurity http, List<RequestAuthorizations> authorizations,
				ObjectProvider<ClientRegistrationRepository> identityProviders, PersonStore people, AuditLog audit,
				SignInThrottle throttle) throws Exception {
			var signInPage = new LoginUrlAuthenticationEntryPoint("/sign-in");
			signInPage.setFavorRelativeUris(true);
			if (identityProviders.getIfAvailable() != null) {
				http.oauth2Login(login -> login.loginPage("/sign-in").successHandler(new SingleSignOn(people, audit)));
			}
			http.authorizeHttpRequests(rules -> {
				rules.requestMatchers(PUBLIC_PAGES).permitAll();
				authorizations.forEach(authorization -> authorization.configure(rules));
				applyGeneralRules(rules);
			})
				.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
				.formLogin(form -> form.loginPage("/sign-in")
					.successHandler(new SignInSucceeded(throttle))
					.failureHandler((request, response, ex) -> {
						String email = request.getParameter("username");
						throttle.failed(email, request.getRemoteAddr());
						response
							.sendRedirect(request.getContextPath() + throttle.lockedFor(email, request.getRemoteAddr())
								.map(SignInThrottleFilter::lockedPage)
								.orElse("/sign-in?error"));
					})
					.permitAll())
				.requestCache(cache -> cache.requestCache(pagesOnly()))
				.exceptionHandling(handling -> handling
					.authenticationEntryPoint((request, response, ex) -> signInAgain(signInPage, request, response, ex))
					.accessDeniedHandler(SecurityConfiguration::pageRefused))
				.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out").permitAll())
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
					.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
					.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
					.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
			return http.build();
		}

	}

	/**
	 * Remembers only whole pages to come back to after signing in: a part of a page that
	 * htmx fetched (the notification bell, a list's next page) would come back bare.
	 */
	static RequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(request -> !HtmxRequest.fromRequest(request).isHtmxRequest());
		return cache;
	}

	/**
	 * Sends someone who is not (or no longer) signed in to the sign-in page: a whole page
	 * by redirect; a part of a page that htmx fetches (the bell, after the session ended)
	 * with 401 and {@code HX-Redirect}, so the browser loads the sign-in page whole
	 * instead of putting it inside the page.
	 */
	static void signInAgain(LoginUrlAuthenticationEntryPoint signInPage, HttpServletRequest request,
			HttpServletResponse response, AuthenticationException ex) throws IOException, ServletException {
		if (HtmxRequest.fromRequest(request).isHtmxRequest()) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("HX-Redirect", request.getContextPath() + "/sign-in");
			return;
		}
		signInPage.commence(request, response, ex);
	}

	/**
	 * Refuses a page with 403 and keeps the reason for the error page, so a form whose
	 * token expired is told apart from a page that is not open to the person's role.
	 */
	static void pageRefused(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		request.setAttribute(WebAttributes.ACCESS_DENIED_403, ex);
		response.sendError(HttpStatus.FORBIDDEN.value(), (ex instanceof CsrfException)
				? "This page has expired. Reload it and try again." : HttpStatus.FORBIDDEN.getReasonPhrase());
	}

	/**
	 * Refuses a sign-in, before the password is even checked, while the account or the
	 * address is locked after repeated failures.
	 */
	static final class SignInThrottleFilter extends OncePerRequestFilter {

		private final SignInThrottle throttle;

		SignInThrottleFilter(SignInThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod())
					&& "/sign-in".equals(request.getRequestURI().substring(request.getContextPath().length())));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var locked = throttle.lockedFor(request.getParameter("username"), request.getRemoteAddr());
			if (locked.isPresent()) {
				response.sendRedirect(request.getContextPath() + lockedPage(locked.get()));
				return;
			}
			chain.doFilter(request, response);
		}

		/** The sign-in page saying for how many minutes sign-ins are refused. */
		static String lockedPage(java.time.Duration wait) {
			return "/sign-in?locked=" + Math.max(1, (wait.toSeconds() + 59) / 60);
		}

	}

	/**
	 * After a sign-in: clears the account's failures and goes back to the page asked for,
	 * as a path on this site (never a host taken from the request's headers).
	 */
	static final class SignInSucceeded implements AuthenticationSuccessHandler {

		private final SignInThrottle throttle;

		private final RequestCache requests = new HttpSessionRequestCache();

		SignInSucceeded(SignInThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException {
			throttle.succeeded(authentication.getName());
			String target = request.getContextPath() + "/";
			if (requests.getRequest(request, response) instanceof DefaultSavedRequest saved
					&& "GET".equals(saved.getMethod())) {
				String path = saved.getRequestURI()
						+ (saved.getQueryString() == null ? "" : "?" + saved.getQueryString());
				if (path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")) {
					target = path;
				}
				requests.removeRequest(request, response);
			}
			response.sendRedirect(target);
		}

	}

	/**
	 * Signs in an API request that carries a valid API token: a personal token with its
	 * owner's role, an integration token with the screening scope only, and nowhere but
	 * the screening endpoints.
	 */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		static final String SCREENING_PATHS = "/api/v1/screenings";

		/**
		 * The replies a platform's bot carries to members in crisis: the integration that
		 * screens a platform's messages also delivers them.
		 */
		static final String REPLY_PATHS = "/api/v1/care/outbox";

		private final ApiTokens tokens;

		private final JsonMapper json;

		BearerTokenFilter(ApiTokens tokens, JsonMapper json) {
			this.tokens = tokens;
			this.json = json;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				var bearer = tokens.bearer(header.substring(7).strip())
					.filter(token -> token.owner().isEnabled() && token.owner().isAccountNonLocked());
				if (bearer.isPresent()) {
					HearthUser user = bearer.get().owner();
					if (bearer.get().scope() == TokenScope.SCREENING) {
						if (!onScreeningPath(request)) {
							problem(json, request, response, HttpStatus.FORBIDDEN,
									"This is an integration token: it may only screen messages (/api/v1/screenings) and carry "
											+ "replies to members (/api/v1/care/outbox). "
											+ "Use a personal token for anything else.");
							return;
						}
						SecurityContextHolder.getContext()
							.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
									List.of(new SimpleGrantedAuthority(TokenScope.SCREENING_AUTHORITY))));
					}
					else {
						SecurityContextHolder.getContext()
							.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
									user.getAuthorities()));
					}
				}
			}
			chain.doFilter(request, response);
		}

		private static boolean onScreeningPath(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.equals(SCREENING_PATHS) || path.startsWith(SCREENING_PATHS + "/") || path.equals(REPLY_PATHS)
					|| path.startsWith(REPLY_PATHS + "/");
		}

	}

}
