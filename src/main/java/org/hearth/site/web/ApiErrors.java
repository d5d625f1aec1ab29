package org.hearth.site.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.shared.NotFound;
import org.hearth.shared.Paging;
import org.hearth.shared.RequestRefused;

import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail that says what was wrong: invalid fields
 * listed under {@code errors}, a stale version as 409, a refused domain rule as 422.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getBindingResult().getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), message(error)));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields need another look: " + String.join(", ", errors.keySet()));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = "The request body must be JSON of the shape this endpoint describes (see /v3/api-docs).";
		Map<String, String> errors = Map.of();
		JacksonException json = jacksonCause(ex);
		if (json != null) {
			UnreadableJson unreadable = UnreadableJson.of(json);
			detail = unreadable.detail();
			if (unreadable.field() != null) {
				errors = Map.of(unreadable.field(), unreadable.message());
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Unreadable request body");
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A query parameter or path segment that does not read as what it should be: says
	 * which and what kind of value it takes.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: ex.getPropertyName();
		String expected = ex.getRequiredType() == null ? "a value of another kind"
				: UnreadableJson.expected(ex.getRequiredType());
		String message = "\"" + ex.getValue() + "\" is not " + expected.replace("text in quotes", "text") + ".";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The parameter \"" + name + "\" needs another look: " + message);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", Map.of(name == null ? "request" : name, message));
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A field's message: for a value of the wrong kind (a query parameter bound to a
	 * filter) what kind it takes, rather than the converter's words with Java's names.
	 */
	private static String message(FieldError error) {
		if (error.contains(TypeMismatchException.class)) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			String expected = mismatch.getRequiredType() == null ? "a value of another kind"
					: UnreadableJson.expected(mismatch.getRequiredType()).replace("text in quotes", "text");
			return "\"" + error.getRejectedValue() + "\" is not " + expected + ".";
		}
		return error.getDefaultMessage();
	}

	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json) {
				return json;
			}
		}
		return null;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Changed by someone else");
		return problem;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This would clash with something that already exists (for example, a name that must be unique).");
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler(Paging.Invalid.class)
	ProblemDetail badPage(Paging.Invalid ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request");
		problem.setProperty("errors", Map.of(ex.field(), ex.getMessage()));
		return problem;
	}

	@ExceptionHandler(RequestRefused.class)
	ProblemDetail refused(RequestRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Not possible");
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		return problem;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid request");
		return problem;
	}

}
