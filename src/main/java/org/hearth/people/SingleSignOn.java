package org.hearth.people;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hearth.audit.AuditLog;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in through the organisation's identity provider (OpenID Connect), when one is
 * configured. The provider vouches for an e-mail address; Hearth signs in the person who
 * has that address, with their Hearth role. Nobody gets an account or a role from the
 * provider alone.
 */
class SingleSignOn implements AuthenticationSuccessHandler {

	private final PersonStore people;

	private final AuditLog audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SingleSignOn(PersonStore people, AuditLog audit) {
		this.people = people;
		this.audit = audit;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String email = authentication.getPrincipal() instanceof OidcUser oidc
				&& !Boolean.FALSE.equals(oidc.getEmailVerified()) ? oidc.getEmail() : null;
		var user = email == null ? null : people.findByEmail(email).map(HearthUser::of).orElse(null);
		if (user == null || !user.isAccountNonLocked()) {
			SecurityContextHolder.clearContext();
			request.getSession().invalidate();
			response.sendRedirect(request.getContextPath() + "/sign-in?no-account");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		audit.record("person.signed-in-with-provider", "person", user.id(), "Signed in through the identity provider");
		response.sendRedirect(request.getContextPath() + "/");
	}

}
