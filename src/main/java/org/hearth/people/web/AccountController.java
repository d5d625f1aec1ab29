package org.hearth.people.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hearth.people.AccountException;
import org.hearth.people.Accounts;
import org.hearth.people.FirstAdminSetup;
import org.hearth.people.PersonSummary;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing in, registering as an applicant, resetting a forgotten password and the first
 * admin's setup.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	private final FirstAdminSetup setup;

	private final ObjectProvider<ClientRegistrationRepository> clientRegistrations;

	AccountController(Accounts accounts, FirstAdminSetup setup,
			ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
		this.accounts = accounts;
		this.setup = setup;
		this.clientRegistrations = clientRegistrations;
	}

	/**
	 * The sign-in form, with a message only for what has just happened: a wrong password,
	 * a lock after repeated failures, a sign-out, or an identity provider's person
	 * without an account.
	 */
	@GetMapping("/sign-in")
	String signIn(HttpServletRequest request, Model model) {
		var parameters = request.getParameterMap();
		model.addAttribute("wrongPassword", parameters.containsKey("error"));
		model.addAttribute("lockedMinutes", minutes(request.getParameter("locked")));
		model.addAttribute("signedOut", parameters.containsKey("signed-out"));
		model.addAttribute("noAccount", parameters.containsKey("no-account"));
		model.addAttribute("identityProviders", identityProviders());
		return "people/sign-in";
	}

	/**
	 * The minutes of a sign-in lock, or null when none is given or it is not a number.
	 */
	private static Integer minutes(String locked) {
		if (locked == null || !locked.matches("\\d{1,4}")) {
			return null;
		}
		return Integer.valueOf(locked);
	}

	/**
	 * The organisation's identity providers, by registration id and name, when any are
	 * configured.
	 */
	private List<ClientRegistration> identityProviders() {
		var registrations = new ArrayList<ClientRegistration>();
		if (clientRegistrations.getIfAvailable() instanceof Iterable<?> iterable) {
			iterable.forEach(registration -> registrations.add((ClientRegistration) registration));
		}
		return registrations;
	}

	@GetMapping("/register")
	String registrationForm(@ModelAttribute("form") Registration form) {
		return "people/register";
	}

	/**
	 * Answers the same whether the e-mail has an account or not: the next step is in the
	 * e-mail either way.
	 */
	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") Registration form, BindingResult errors, HttpServletRequest request,
			Model model) {
		if (!errors.hasErrors()) {
			try {
				accounts.requestRegistration(form.email(), form.name(), form.password(), request.getRemoteAddr());
				model.addAttribute("email", form.email().strip());
				return "people/registration-sent";
			}
			catch (AccountException ex) {
				if (ex.field() != null) {
					errors.rejectValue(ex.field(), "account", ex.getMessage());
				}
				else {
					errors.reject("account", ex.getMessage());
				}
			}
		}
		return "people/register";
	}

	@GetMapping("/register/confirm")
	String confirmForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", accounts.isUsableRegistrationToken(token));
		return "people/register-confirm";
	}

	@PostMapping("/register/confirm")
	String confirm(@RequestParam(required = false) String token, Model model, RedirectAttributes redirect) {
		try {
			PersonSummary person = accounts.confirmRegistration(token);
			redirect.addFlashAttribute("notice",
					"Welcome to Hearth, " + person.displayName() + ". Sign in to start your application.");
			return "redirect:/sign-in";
		}
		catch (AccountException ex) {
			model.addAttribute("token", token);
			model.addAttribute("usable", false);
			model.addAttribute("refusal", ex.getMessage());
			return "people/register-confirm";
		}
	}

	@GetMapping("/password/forgot")
	String forgotForm(@ModelAttribute("form") ForgottenPassword form) {
		return "people/forgot-password";
	}

	@PostMapping("/password/forgot")
	String forgot(@Valid @ModelAttribute("form") ForgottenPassword form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return "people/forgot-password";
		}
		accounts.requestPasswordReset(form.email());
		model.addAttribute("email", form.email().strip());
		return "people/reset-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("form", new NewPassword(token, ""));
		model.addAttribute("usable", accounts.isUsablePasswordToken(token));
		return "people/reset-password";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") NewPassword form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("usable", accounts.isUsablePasswordToken(form.token()));
		if (!errors.hasErrors()) {
			try {
				accounts.resetPassword(form.token(), form.password());
				redirect.addFlashAttribute("notice", "Your new password is set. Sign in with it now.");
				return "redirect:/sign-in";
			}
			catch (AccountException ex) {
				errors.rejectValue(ex.field(), "account", ex.getMessage());
			}
		}
		return "people/reset-password";
	}

	@GetMapping("/setup")
	String setupForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("form", new AdminSetup(token, "", "", ""));
		model.addAttribute("usable", setup.isUsable(token));
		return "people/setup";
	}

	@PostMapping("/setup")
	String completeSetup(@Valid @ModelAttribute("form") AdminSetup form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("usable", setup.isUsable(form.token()));
		if (!errors.hasErrors()) {
			try {
				setup.completeSetup(form.token(), form.email(), form.name(), form.password());
				redirect.addFlashAttribute("notice",
						"You are Hearth's first admin. Sign in to set up your organisation.");
				return "redirect:/sign-in";
			}
			catch (AccountException ex) {
				errors.rejectValue(ex.field(), "account", ex.getMessage());
			}
		}
		return "people/setup";
	}

	record Registration(@NotBlank(message = "Tell us what to call you.") @Size(max = 120) String name,
			@NotBlank(message = "Enter your e-mail address.") @Email(
					message = "This doesn’t look like an e-mail address.") @Size(max = 320) String email,
			@NotBlank(message = "Choose a password.") @Size(min = 12, max = 128,
					message = "Choose a password of 12 to 128 characters.") String password) {
	}

	record ForgottenPassword(@NotBlank(message = "Enter the e-mail address you signed up with.") @Email(
			message = "This doesn’t look like an e-mail address.") String email) {
	}

	record NewPassword(String token, @NotBlank(message = "Choose a new password.") @Size(min = 12, max = 128,
			message = "Choose a password of 12 to 128 characters.") String password) {
	}

	record AdminSetup(String token, @NotBlank(message = "Tell us what to call you.") @Size(max = 120) String name,
			@NotBlank(message = "Enter your e-mail address.") @Email(
					message = "This doesn’t look like an e-mail address.") String email,
			@NotBlank(message = "Choose a password.") @Size(min = 12, max = 128,
					message = "Choose a password of 12 to 128 characters.") String password) {
	}

}
