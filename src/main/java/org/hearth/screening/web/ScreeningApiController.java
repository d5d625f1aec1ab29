package org.hearth.screening.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hearth.shared.RequestRefused;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;
import org.hearth.people.Role;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Finding;
import org.hearth.screening.live.LiveScreening;
import org.hearth.screening.live.LiveScreening.Message;
import org.hearth.screening.live.LiveScreening.Screened;
import org.hearth.screening.live.RateLimiter;
import org.hearth.volunteering.Volunteers;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screening for integrations (the Discord bot, forum webhooks, scripts): one message or a
 * batch. A flagged message is handed to the conduct desk. Each client is rate-limited.
 */
@RestController
@RequestMapping("/api/v1/screenings")
@Tag(name = "Screening", description = "Screen messages against the Code of Conduct")
class ScreeningApiController {

	static final int MAX_BATCH = 500;

	/**
	 * A batch is bounded by its characters too (texts and previous messages together):
	 * screening takes time in proportion to the text, so 500 long messages are no longer
	 * "500 messages" of work.
	 */
	static final int MAX_BATCH_CHARACTERS = 1_000_000;

	private final LiveScreening screening;

	private final RateLimiter limiter;

	private final Accounts accounts;

	private final Volunteers volunteers;

	private final JsonMapper json;

	private final Validator validator;

	ScreeningApiController(LiveScreening screening, RateLimiter limiter, Accounts accounts, Volunteers volunteers,
			JsonMapper json, Validator validator) {
		this.screening = screening;
		this.limiter = limiter;
		this.accounts = accounts;
		this.volunteers = volunteers;
		this.json = json;
		this.validator = validator;
	}

	@PostMapping
	@Operation(summary = "Screen one message (staff and integrations)",
			description = "Returns the categories broken, the findings with character spans, the action that follows for "
					+ "the author's role and, for medical or legal advice, a rewording in the voice of personal experience. "
					+ "A flagged message is passed to the conduct desk.")
	ResponseEntity<?> screen(@AuthenticationPrincipal HearthUser client, @Valid @RequestBody MessageBody body) {
		Duration wait = limiter.acquire(client.id().toString(), 1);
		if (!wait.isZero()) {
			return tooMany(wait);
		}
		return ResponseEntity.ok(ScreeningView.of(screening.screenMessage(message(body))));
	}

	@PostMapping("/batch")
	@Operation(summary = "Screen up to 500 messages and 1,000,000 characters; results come back in the same order",
			description = "Each message is answered on its own, at its place in results (index from 0). A message that "
					+ "cannot be screened as sent (no text, too long, an unknown authorRole, a volunteerId of someone not "
					+ "serving) is answered with error true, action not_screened and its problems by field, and is never "
					+ "clean: correct it and send it again. The others are screened and flagged as usual, and the answer "
					+ "is 200 with notScreened counting the messages that were not. A body that is not JSON, has no "
					+ "messages list, or holds more than 500 messages is refused whole with 400; more than 1,000,000 "
					+ "characters with 413.")
	@ApiResponse(responseCode = "200", description = "Every message answered at its place; see notScreened",
			content = @Content(schema = @Schema(implementation = BatchResult.class)))
	ResponseEntity<?> screenBatch(@AuthenticationPrincipal HearthUser client,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					schema = @Schema(implementation = Batch.class))) @Valid @RequestBody RawBatch batch) {
		long characters = batch.characters();
		if (characters > MAX_BATCH_CHARACTERS) {
			return tooLarge("This batch holds %,d characters of text and previous messages; a batch holds at most %,d. "
				.formatted(characters, MAX_BATCH_CHARACTERS) + "Send it as several smaller batches.");
		}
		Duration wait = limiter.acquire(client.id().toString(), batch.messages().size());
		if (!wait.isZero()) {
			return tooMany(wait);
		}
		int size = batch.messages().size();
		BatchItemView[] answers = new BatchItemView[size];
		List<Integer> places = new ArrayList<>();
		List<Message> messages = new ArrayList<>();
		for (int index = 0; index < size; index++) {
			Item item = read(batch.messages().get(index));
			if (item instanceof Item.Screenable screenable) {
				places.add(index);
				messages.add(screenable.message());
			}
			else if (item instanceof Item.NotScreenable refused) {
				answers[index] = BatchItemView.notScreened(index, refused.problems());
			}
		}
		if (!messages.isEmpty()) {
			List<Screened> screened = screening.screenMessages(messages);
			for (int i = 0; i < places.size(); i++) {
				answers[places.get(i)] = BatchItemView.of(places.get(i), screened.get(i));
			}
		}
		return ResponseEntity.ok(BatchResult.of(List.of(answers)));
	}

	/** One message of a batch as read: a message to screen, or why it cannot be one. */
	sealed interface Item {

		record Screenable(Message message) implements Item {
		}

		/** The problems by field, in the same words as for a single message. */
		record NotScreenable(Map<String, String> problems) implements Item {
		}

	}

	private Item read(JsonNode item) {
		if (item == null || !item.isObject()) {
			return new Item.NotScreenable(Map.of("message", "Each message is an object in curly braces, such as "
					+ "{\"text\": \"...\", \"authorRole\": \"member\"}."));
		}
		MessageBody body;
		try {
			body = json.treeToValue(item, MessageBody.class);
		}
		catch (JacksonException e) {
			return new Item.NotScreenable(ItemProblems.of(e));
		}
		Map<String, String> problems = new TreeMap<>();
		for (ConstraintViolation<MessageBody> violation : validator.validate(body)) {
			problems.putIfAbsent(ItemProblems.field(violation), violation.getMessage());
		}
		if (!problems.isEmpty()) {
			return new Item.NotScreenable(problems);
		}
		try {
			return new Item.Screenable(message(body));
		}
		catch (RequestRefused e) {
			return new Item.NotScreenable(Map.of(e.field() == null ? "message" : e.field(), e.getMessage()));
		}
	}

	private Message message(MessageBody body) {
		AuthorRole role = AuthorRole.valueOf(body.authorRole().toUpperCase());
		PersonId volunteer = null;
		if (body.volunteerId() != null) {
			if (role == AuthorRole.MEMBER) {
				throw new RequestRefused("volunteerId",
						"A member's message names no volunteer: leave volunteerId out, or send authorRole volunteer.");
			}
			volunteer = servingVolunteer(body.volunteerId());
		}
		if (role == AuthorRole.VOLUNTEER && volunteer == null && body.memberHandle() == null) {
			throw new RequestRefused("volunteerId", "Say which volunteer wrote the message.");
		}
		return new Message(body.text(), role, body.previousMessages(), volunteer,
				role == AuthorRole.MEMBER ? body.memberHandle() : null, body.source() == null ? "api" : body.source(),
				body.messageRef());
	}

	/**
	 * The subject of a volunteer's message: only someone serving as a volunteer (an
	 * active or paused enrolment of their own) can be screened, so a screening can never
	 * suspend staff, an admin or a lead who does not serve as a volunteer.
	 */
	private PersonId servingVolunteer(UUID id) {
		PersonSummary person = accounts.find(new PersonId(id))
			.orElseThrow(() -> new RequestRefused("volunteerId", "There is no volunteer with this id."));
		if (person.role().compareTo(Role.STAFF) >= 0 || !volunteers.serving(person.id())) {
			throw new RequestRefused("volunteerId", "This person does not serve as a volunteer (no active or paused "
					+ "enrolment of their own), so their messages are not screened as a volunteer's.");
		}
		return person.id();
	}

	static ResponseEntity<ProblemDetail> tooLarge(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
		problem.setTitle("Too much to screen at once");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static ResponseEntity<ProblemDetail> tooMany(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"This client has screened its share of messages for the minute. Try again in " + seconds + " s.");
		problem.setTitle("Too many messages");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.body(problem);
	}

	/**
	 * A message to screen. Its text and previous messages are read exactly as sent, with
	 * any control characters: the engine reads those as a reader would (hidden, or in
	 * place of a space), and text is made storable only when it is stored.
	 *
	 * @param volunteerId the Hearth id of the volunteer who wrote it, when a volunteer
	 * did
	 * @param memberHandle the member's pseudonymous platform handle, when a member did
	 * @param source the platform, such as {@code discord} or {@code forum}
	 * @param messageRef the platform's id of the message
	 */
	record MessageBody(
			@JsonDeserialize(using = ExactText.class) @NotBlank(
					message = "text is required: the words of the message, not empty") @Size(max = 100_000,
							message = "at most 100,000 characters") String text,
			@JsonAlias("author_role") @NotNull(message = "authorRole is required: volunteer or member") @Pattern(
					regexp = "(?i)volunteer|member", message = "authorRole is volunteer or member") String authorRole,
			@JsonAlias("previous_messages") @JsonDeserialize(contentUsing = ExactText.class) @Size(max = 20,
					message = "at most 20 previous messages") List<@NotNull(
							message = "a previous message is text, not null") @Size(
									max = 10_000) String> previousMessages,
			@JsonAlias("volunteer_id") UUID volunteerId,
			@JsonAlias("member_handle") @Size(max = 120) String memberHandle, @Size(max = 40) String source,
			@JsonAlias("message_ref") @Size(max = 200) String messageRef) {
	}

	/**
	 * Text to screen, as sent and only as a JSON string: a number or {@code true} is
	 * refused, not screened as the text "12" or "true".
	 */
	static final class ExactText extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			return super.deserialize(parser, context);
		}

	}

	/** A batch as documented: what each message holds. */
	record Batch(@NotEmpty(message = "send at least one message") @Size(max = MAX_BATCH,
			message = "at most 500 messages a batch") List<MessageBody> messages) {
	}

	/**
	 * A batch as it is read: the list is checked as a whole (present, 1 to 500 messages),
	 * each message on its own, so that one bad message does not stop the others.
	 */
	record RawBatch(@NotEmpty(message = "send at least one message") @Size(max = MAX_BATCH,
			message = "at most 500 messages a batch") List<JsonNode> messages) {

		/**
		 * The characters to screen: every text with its previous messages, as far as they
		 * are text.
		 */
		long characters() {
			long characters = 0;
			for (JsonNode message : messages) {
				if (message == null || !message.isObject()) {
					continue;
				}
				characters += length(message.get("text"));
				JsonNode previous = message.has("previousMessages") ? message.get("previousMessages")
						: message.get("previous_messages");
				if (previous != null && previous.isArray()) {
					for (JsonNode one : previous) {
						characters += length(one);
					}
				}
			}
			return characters;
		}

		private static long length(JsonNode node) {
			return node != null && node.isString() ? node.asString().length() : 0;
		}

	}

	/**
	 * One finding: {@code severity} is {@code low}, {@code medium}, {@code high} or
	 * {@code critical}, as the command line writes it; {@code tier} is {@code rules}
	 * (score 1, the span is the words that matched) or {@code model} (the learned tier's
	 * probability; the span is the whole message).
	 */
	record FindingView(String category, int start, int end, String severity, String reason, String tier, double score) {

		static FindingView of(Finding finding) {
			return new FindingView(finding.category().name(), finding.start(), finding.end(),
					finding.severity().jsonName(), finding.reason(), finding.tier().jsonName(), finding.score());
		}

	}

	/**
	 * One screening's answer.
	 *
	 * @param action what follows for the author;
	 * {@code hold_and_open_critical_case_to_confirm} when only the learned tier read what
	 * would suspend a volunteer (encouragement of self-harm): hold the message; a
	 * critical case is open for staff to confirm, and the volunteer keeps their access
	 * until a person decides
	 * @param error true when screening failed on this message: it is held and sent to
	 * staff to read ({@code action} is {@code hold_for_human_review}), never clean
	 */
	record ScreeningView(List<String> categories, List<FindingView> findings, String action, String suggestedRewording,
			UUID flagId, boolean error) {

		static ScreeningView of(Screened screened) {
			var result = screened.result();
			return new ScreeningView(result.categories().stream().map(Enum::name).toList(),
					result.findings().stream().map(FindingView::of).toList(), result.action().jsonName(),
					result.suggestedRewording().orElse(null), screened.flagId(), result.error());
		}

	}

	/**
	 * One message of a batch, at its place ({@code index}, from 0). Screened, it reads as
	 * a single screening's answer. Not screened, {@code error} is true, {@code action} is
	 * {@code not_screened}, {@code problems} says by field what to correct, and there are
	 * no categories or findings: it is never clean.
	 */
	record BatchItemView(int index, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> categories,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<FindingView> findings, String action,
			String suggestedRewording, UUID flagId, boolean error,
			@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> problems) {

		static final String NOT_SCREENED = "not_screened";

		static BatchItemView of(int index, Screened screened) {
			ScreeningView view = ScreeningView.of(screened);
			return new BatchItemView(index, view.categories(), view.findings(), view.action(),
					view.suggestedRewording(), view.flagId(), view.error(), null);
		}

		static BatchItemView notScreened(int index, Map<String, String> problems) {
			return new BatchItemView(index, null, null, NOT_SCREENED, null, null, true, Map.copyOf(problems));
		}

	}

	/**
	 * A batch's answer: each message at its place, and how many were not screened (0 when
	 * all were).
	 */
	record BatchResult(List<BatchItemView> results, int notScreened) {

		static BatchResult of(List<BatchItemView> results) {
			return new BatchResult(results,
					(int) results.stream().filter(r -> BatchItemView.NOT_SCREENED.equals(r.action())).count());
		}

	}

}
