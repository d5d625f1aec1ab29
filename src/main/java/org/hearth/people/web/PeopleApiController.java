package org.hearth.people.web;

import org.hearth.shared.Paging;
import org.hearth.shared.PageLinks;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.LeadType;
import org.hearth.people.Person;
import org.hearth.people.PersonId;
import org.hearth.people.RegistrationThrottled;
import org.hearth.people.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "Accounts, roles and registration")
class PeopleApiController {

	private final Accounts accounts;

	PeopleApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/me")
	@Operation(summary = "The person the API token belongs to")
	PersonView me(@AuthenticationPrincipal HearthUser user) {
		return accounts.findPerson(user.id()).map(PersonView::of).orElseThrow();
	}

	@GetMapping("/people")
	@Operation(summary = "Find people by role or by part of their name or e-mail (staff); a page at a time (page from "
			+ "1, size up to 200, default 50), the other pages in the Link header")
	ResponseEntity<List<PersonView>> search(@RequestParam(required = false) Role role,
			@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, HttpServletRequest request) {
		return PageLinks.answer(accounts.search(role, q, Paging.of(page, size)).map(PersonView::of), request);
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "One person (staff)")
	PersonView person(@PathVariable UUID id) {
		return accounts.findPerson(new PersonId(id))
			.map(PersonView::of)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no one with id " + id));
	}

	@PutMapping("/people/{id}/role")
	@Operation(
			summary = "Change a person's role (admin); send the version you read, to not overwrite a change made meanwhile")
	PersonView changeRole(@PathVariable UUID id, @Valid @RequestBody RoleChange change) {
		accounts.changeRole(new PersonId(id), change.role(), change.leadType(), change.version());
		return person(id);
	}

	@PostMapping("/registrations")
	@SecurityRequirements
	@Operation(summary = "Register as an applicant (no token needed)",
			description = "Answers 202 whether or not the e-mail has an account, so it never reveals who does: a new "
					+ "address is sent a link that creates the account, an address with an account is told someone "
					+ "tried, with a link to set a new password. At most 3 registrations an hour for one e-mail "
					+ "address and 20 from one network address; beyond that 429 with Retry-After.")
	ResponseEntity<?> register(@Valid @RequestBody Registration registration, HttpServletRequest request) {
		try {
			accounts.requestRegistration(registration.email(), registration.name(), registration.password(),
					request.getRemoteAddr());
		}
		catch (RegistrationThrottled ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
			problem.setTitle("Too many registrations");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.waitFor().toSeconds())))
				.body(problem);
		}
		return ResponseEntity.accepted().body(new RegistrationAccepted(registration.email().strip(), CHECK_EMAIL));
	}

	static final String CHECK_EMAIL = "Check your e-mail to continue: the next step is in a message to this address. "
			+ "The link in it works once, for a day.";

	/**
	 * The answer to every accepted registration, whether or not the e-mail has an
	 * account.
	 */
	record RegistrationAccepted(String email, String detail) {
	}

	record PersonView(UUID id, String email, String displayName, Role role, LeadType leadType, long version) {

		static PersonView of(Person person) {
			return new PersonView(person.id().value(), person.email(), person.displayName(), person.role(),
					person.leadType(), person.version());
		}

	}

	record RoleChange(@NotNull(message = "role is required") Role role, LeadType leadType,
			@NotNull(message = "version is required: send the version you read") Long version) {
	}

	record Registration(@NotBlank @Size(max = 120) String name, @NotBlank @Email @Size(max = 320) String email,
			@NotBlank String password) {
	}

}
