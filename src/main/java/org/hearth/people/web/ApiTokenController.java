package org.hearth.people.web;

import java.util.UUID;

import org.hearth.people.AccountException;
import org.hearth.people.ApiTokens;
import org.hearth.people.HearthUser;
import org.hearth.people.TokenScope;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account page and their personal API tokens. */
@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal HearthUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user.id()));
		return "people/account";
	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal HearthUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "PERSONAL") String scope, Model model) {
		try {
			model.addAttribute("secret", tokens.create(user.id(), name, scope(scope)));
		}
		catch (AccountException ex) {
			model.addAttribute("scope".equals(ex.field()) ? "scopeError" : "nameError", ex.getMessage());
			model.addAttribute("name", name);
		}
		model.addAttribute("tokens", tokens.list(user.id()));
		return "people/account";
	}

	private static TokenScope scope(String value) {
		for (TokenScope scope : TokenScope.values()) {
			if (scope.name().equalsIgnoreCase(value.strip())) {
				return scope;
			}
		}
		throw new AccountException("scope", "Choose what the token may do: personal or integration.");
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal HearthUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		if (tokens.revoke(user.id(), id)) {
			redirect.addFlashAttribute("notice", "The token is revoked; scripts using it will be refused from now on.");
		}
		return "redirect:/account";
	}

}
