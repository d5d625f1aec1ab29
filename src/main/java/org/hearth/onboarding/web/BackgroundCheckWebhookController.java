package org.hearth.onboarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hearth.onboarding.BackgroundChecks;
import org.hearth.onboarding.BackgroundChecks.DeliveryRefused;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a background-check provider posts its results, signed with the shared secret
 * instead of a person's sign-in.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding", description = "Applications, requirements, courses, background checks and acknowledgements")
class BackgroundCheckWebhookController {

	private final BackgroundChecks checks;

	BackgroundCheckWebhookController(BackgroundChecks checks) {
		this.checks = checks;
	}

	@PostMapping("/background-checks/webhook")
	@SecurityRequirements
	@Operation(
			summary = "A provider posts a result: signed with the shared secret (X-Hearth-Timestamp, X-Hearth-Signature: sha256=HMAC of timestamp.body); a delivery is taken once")
	ResponseEntity<Void> webhook(@RequestHeader(name = "X-Hearth-Timestamp", required = false) String timestamp,
			@RequestHeader(name = "X-Hearth-Signature", required = false) String signature, @RequestBody String body) {
		checks.receive(timestamp, signature, body);
		return ResponseEntity.accepted().build();
	}

	@ExceptionHandler(DeliveryRefused.class)
	ProblemDetail refusedDelivery(DeliveryRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), ex.getMessage());
		problem.setTitle("Delivery refused");
		return problem;
	}

}
