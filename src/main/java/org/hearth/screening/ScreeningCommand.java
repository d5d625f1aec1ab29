package org.hearth.screening;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The body of {@code hearth screen}: reads one JSON message a line ({@code id},
 * {@code authorRole}, {@code text} and, optionally, {@code previousMessages} within the
 * API's limits, named as the API names them; {@code author_role} and
 * {@code previous_messages} are read too, as the API reads them, for this release; other
 * fields ignored) and writes one result a line in the same order. A line that is not
 * valid input is answered on its line with {@code {"id": ..., "error": "..."}} and the
 * run goes on; blank lines are skipped. Lines are screened in parallel on all cores, in
 * batches (the learned tier embeds each batch's messages together), and written in input
 * order.
 *
 * <p>
 * The memory a run needs is bounded whatever the input: a batch holds at most
 * {@value #BATCH} lines and about {@value #BATCH_BYTES} bytes, only a few batches are in
 * flight at once, and a line of {@value #LARGE_LINE} bytes or more is screened on its own
 * with nothing else in flight. A line longer than {@value #MAX_LINE_BYTES} bytes, or one
 * that still does not fit in the memory Java was given, is answered with an error.
 */
final class ScreeningCommand {

	private static final int BATCH = 512;

	static final int BATCH_BYTES = 1 << 20;

	static final int LARGE_LINE = 1 << 20;

	private static final byte[] TOO_LONG = new byte[0];

	static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

	/** At most this many previous messages, as in the API. */
	static final int MAX_PREVIOUS = 20;

	/** Each previous message at most this many characters, as in the API. */
	static final int MAX_PREVIOUS_CHARACTERS = 10_000;

	/**
	 * Reads with bounded nesting and string length; writes compact UTF-8 with no
	 * separator between answers (each ends with its own line break), with lower-case
	 * hexadecimal digits in escapes and the {@link AnswerEscapes}.
	 */
	private static final JsonFactory JSON = JsonFactory.builder()
		.streamReadConstraints(
				StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(MAX_LINE_BYTES).build())
		.rootValueSeparator((String) null)
		.disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
		.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
		.characterEscapes(new AnswerEscapes())
		.build();

	private ScreeningCommand() {
	}

	/**
	 * Screens every line of {@code in} to {@code out} with the shipped default, the rules
	 * alone (the learned tier is off by default, see docs/screening.md); returns the
	 * process exit code (0, or 1 when the output fails).
	 */
	public static int run(InputStream in, OutputStream out) {
		return run(in, out, Screener.withShippedRules());
	}

	/** As {@link #run(InputStream, OutputStream)}, with a given screener. */
	public static int run(InputStream in, OutputStream out, Screener screener) {
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
			Thread t = new Thread(r, "screening");
			t.setDaemon(true);
			return t;
		});
		try {
			OutputStream writer = new BufferedOutputStream(out, 1 << 16);
			LineReader reader = new LineReader(in);
			ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
			List<byte[]> batch = new ArrayList<>(BATCH);
			int batchBytes = 0;
			byte[] line;
			while ((line = reader.next()) != null) {
				if (line.length >= LARGE_LINE) {
					// Alone: everything before it is written first, and nothing else is
					// screened while it is.
					if (!batch.isEmpty()) {
						pending.add(submit(pool, batch, screener));
						batch = new ArrayList<>(BATCH);
						batchBytes = 0;
					}
					while (!pending.isEmpty()) {
						writer.write(pending.poll().get());
					}
					writer.write(screenBatch(List.of(line), screener));
					continue;
				}
				batch.add(line);
				batchBytes += line.length;
				if (batch.size() == BATCH || batchBytes >= BATCH_BYTES) {
					pending.add(submit(pool, batch, screener));
					batch = new ArrayList<>(BATCH);
					batchBytes = 0;
					while (pending.size() > threads * 2) {
						writer.write(pending.poll().get());
					}
				}
			}
			if (!batch.isEmpty()) {
				pending.add(submit(pool, batch, screener));
			}
			while (!pending.isEmpty()) {
				writer.write(pending.poll().get());
			}
			writer.flush();
			return 0;
		}
		catch (IOException | UncheckedIOException e) {
			return 1;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		}
		catch (ExecutionException e) {
			return 1;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Future<byte[]> submit(ExecutorService pool, List<byte[]> batch, Screener screener) {
		return pool.submit(() -> screenBatch(batch, screener));
	}

	/** The answers to a batch of lines, one a line in input order, as UTF-8. */
	private static byte[] screenBatch(List<byte[]> lines, Screener screener) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(lines.size() * 128);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			screenLines(lines, screener, decoder, out);
		}
		catch (OutOfMemoryError e) {
			// Only a line screened on its own can get here (a batch's lines are small);
			// what it held is garbage now, and the run goes on.
			out.reset();
			try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
				for (byte[] line : lines) {
					writeError(json, null,
							"line of " + line.length + " bytes does not fit in the memory Java was given; "
									+ "split the message or run with more memory (-Xmx)");
				}
			}
		}
		return out.toByteArray();
	}

	/**
	 * Parses every line, gives the valid ones to the screener together (one model pass),
	 * and writes one answer a line in input order.
	 */
	private static void screenLines(List<byte[]> lines, Screener screener, CharsetDecoder decoder, OutputStream out) {
		List<Line> read = new ArrayList<>(lines.size());
		List<ScreeningRequest> requests = new ArrayList<>(lines.size());
		for (byte[] bytes : lines) {
			Line line = parseLine(bytes, decoder);
			read.add(line);
			if (line.request() != null) {
				requests.add(line.request());
			}
		}
		List<ScreeningResult> results = screener.screenAll(requests);
		try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
			int next = 0;
			for (Line line : read) {
				if (line.request() == null) {
					writeError(json, line.id(), line.error());
				}
				else {
					writeResult(json, line.id(), results.get(next++));
				}
			}
		}
	}

	/**
	 * One line as read: the request to screen, or the error to answer it with; either way
	 * its id as given, or {@code null} when it has none that can be read.
	 */
	record Line(Id id, ScreeningRequest request, String error) {

		static Line refused(Id id, String error) {
			return new Line(id, null, error);
		}

	}

	/**
	 * A message's id as its line gave it: a string, or a number kept as written.
	 */
	record Id(String text, boolean number) {

		void write(JsonGenerator json) {
			if (number) {
				json.writeNumber(text);
			}
			else {
				json.writeString(text);
			}
		}

	}

	/** Reads one line into the request it asks for, or the error to answer it with. */
	static Line parseLine(byte[] bytes, CharsetDecoder decoder) {
		if (bytes == TOO_LONG) {
			return Line.refused(null, "line is longer than " + MAX_LINE_BYTES + " bytes");
		}
		String line;
		try {
			line = decoder.reset().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			return Line.refused(null, "line is not valid UTF-8");
		}
		Id id = null;
		String role = null;
		String text = null;
		boolean roleSeen = false;
		boolean textSeen = false;
		List<String> previous = List.of();
		String previousError = null;
		try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), line)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				return Line.refused(null, "line is not a JSON object");
			}
			JsonToken token;
			while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken value = p.nextToken();
				switch (name) {
					case "id" -> {
						if (value == JsonToken.VALUE_STRING) {
							id = new Id(p.getString(), false);
						}
						else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
							id = new Id(p.getString(), true);
						}
						else {
							p.skipChildren();
						}
					}
					case "authorRole", "author_role" -> {
						roleSeen = true;
						if (value == JsonToken.VALUE_STRING) {
							role = p.getString();
						}
						else {
							p.skipChildren();
						}
					}
					case "text" -> {
						// null reads as missing; a number, true or a list as not a
						// string.
						textSeen = value != JsonToken.VALUE_NULL;
						text = value == JsonToken.VALUE_STRING ? p.getString() : null;
						p.skipChildren();
					}
					case "previousMessages", "previous_messages" -> {
						previous = new ArrayList<>();
						previousError = value == JsonToken.VALUE_NULL ? null : readPrevious(p, previous);
					}
					default -> p.skipChildren();
				}
			}
			if (token != JsonToken.END_OBJECT) {
				return Line.refused(id, "malformed JSON object");
			}
			if (p.nextToken() != null) {
				return Line.refused(id, "unexpected content after the JSON object");
			}
		}
		catch (JacksonException e) {
			return Line.refused(id, "malformed JSON: " + firstLine(e.getOriginalMessage()));
		}
		catch (RuntimeException e) {
			return Line.refused(id, "unreadable line");
		}
		if (id == null) {
			return Line.refused(null, "missing \"id\" (a string or a number)");
		}
		if (!roleSeen || role == null) {
			return Line.refused(id, "missing \"authorRole\" (volunteer or member)");
		}
		AuthorRole authorRole = AuthorRole.parse(role).orElse(null);
		if (authorRole == null) {
			return Line.refused(id, "\"authorRole\" must be volunteer or member");
		}
		if (!textSeen) {
			return Line.refused(id, "missing \"text\" (a string)");
		}
		if (text == null) {
			return Line.refused(id, "\"text\" must be a string");
		}
		if (previousError != null) {
			return Line.refused(id, previousError);
		}
		return new Line(id, new ScreeningRequest(text, authorRole, previous), null);
	}

	/**
	 * Reads the previous messages at the parser's current token into {@code into}, within
	 * the API's limits; returns what is wrong with them, or {@code null}.
	 */
	private static String readPrevious(JsonParser p, List<String> into) {
		if (!p.hasToken(JsonToken.START_ARRAY)) {
			p.skipChildren();
			return "\"previousMessages\" must be a list of strings";
		}
		String error = null;
		JsonToken value;
		while ((value = p.nextToken()) != JsonToken.END_ARRAY && value != null) {
			if (error != null) {
				p.skipChildren();
			}
			else if (value != JsonToken.VALUE_STRING) {
				p.skipChildren();
				error = "\"previousMessages\" must be a list of strings";
			}
			else if (into.size() == MAX_PREVIOUS) {
				error = "\"previousMessages\" holds at most " + MAX_PREVIOUS + " messages";
			}
			else if (p.getStringLength() > MAX_PREVIOUS_CHARACTERS) {
				error = String.format(Locale.ROOT, "each of \"previousMessages\" holds at most %,d characters",
						MAX_PREVIOUS_CHARACTERS);
			}
			else {
				into.add(p.getString());
			}
		}
		return error;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int nl = message.indexOf('\n');
		String first = nl < 0 ? message : message.substring(0, nl);
		return first.length() > 200 ? first.substring(0, 200) : first;
	}

	private static void writeResult(JsonGenerator json, Id id, ScreeningResult result) {
		json.writeStartObject();
		writeId(json, id);
		json.writeArrayPropertyStart("categories");
		for (Category category : result.categories()) {
			json.writeString(category.name());
		}
		json.writeEndArray();
		json.writeArrayPropertyStart("findings");
		for (Finding f : result.findings()) {
			json.writeStartObject();
			json.writeStringProperty("category", f.category().name());
			json.writeNumberProperty("start", f.start());
			json.writeNumberProperty("end", f.end());
			json.writeStringProperty("severity", f.severity().jsonName());
			json.writeStringProperty("tier", f.tier().jsonName());
			// Three decimals always, as readers of the command's output have seen it.
			json.writeName("score");
			json.writeNumber(String.format(Locale.ROOT, "%.3f", f.score()));
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeStringProperty("action", result.action().jsonName());
		result.suggestedRewording().ifPresent(r -> {
			json.writeStringProperty("suggestedRewording", r);
			json.writeStringProperty("suggested_rewording", r);
		});
		if (result.error()) {
			json.writeStringProperty("error", "screening failed on this message; hold it for a person to read");
		}
		json.writeEndObject();
		json.writeRaw('\n');
	}

	private static void writeError(JsonGenerator json, Id id, String message) {
		json.writeStartObject();
		writeId(json, id);
		json.writeStringProperty("error", message);
		json.writeEndObject();
		json.writeRaw('\n');
	}

	private static void writeId(JsonGenerator json, Id id) {
		json.writeName("id");
		if (id == null) {
			json.writeNull();
		}
		else {
			id.write(json);
		}
	}

	/**
	 * The escapes the command has always written: control characters as six-character
	 * Unicode escapes (but for line feed, carriage return and tab, which have short
	 * ones), and the line and paragraph separators U+2028 and U+2029, which some
	 * JavaScript readers take for line breaks. The generator itself escapes a lone
	 * surrogate and writes a pair as the one character it makes.
	 */
	static final class AnswerEscapes extends CharacterEscapes {

		private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");

		private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

		private final int[] ascii = new int[128];

		AnswerEscapes() {
			for (int c = 0; c < 0x20; c++) {
				ascii[c] = ESCAPE_STANDARD;
			}
			ascii['\n'] = 'n';
			ascii['\r'] = 'r';
			ascii['\t'] = 't';
			ascii['"'] = '"';
			ascii['\\'] = '\\';
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ascii;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return ch == 0x2028 ? LINE_SEPARATOR : ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
		}

	}

	/**
	 * Reads byte lines without decoding; skips blank lines; a line over the limit comes
	 * back as {@link #TOO_LONG}.
	 */
	private static final class LineReader {

		private final InputStream in;

		private final byte[] chunk = new byte[1 << 16];

		private int pos;

		private int limit;

		private boolean eof;

		private boolean started;

		private byte[] line = new byte[8192];

		LineReader(InputStream in) {
			this.in = in;
		}

		byte[] next() throws IOException {
			while (true) {
				int size = 0;
				boolean tooLong = false;
				boolean any = false;
				boolean ended = false;
				while (!ended) {
					if (pos == limit) {
						if (eof || !fill()) {
							break;
						}
					}
					any = true;
					int start = pos;
					while (pos < limit && chunk[pos] != '\n') {
						pos++;
					}
					int len = pos - start;
					if (pos < limit) {
						pos++;
						ended = true;
					}
					if (size + len > MAX_LINE_BYTES) {
						tooLong = true;
					}
					else {
						if (size + len > line.length) {
							line = Arrays.copyOf(line, Math.max(line.length * 2, size + len));
						}
						System.arraycopy(chunk, start, line, size, len);
						size += len;
					}
				}
				if (!any) {
					return null;
				}
				if (tooLong) {
					return TOO_LONG;
				}
				if (size > 0 && line[size - 1] == '\r') {
					size--;
				}
				if (!isBlank(line, size)) {
					return Arrays.copyOf(line, size);
				}
				if (!ended) {
					return null;
				}
			}
		}

		private boolean fill() throws IOException {
			if (!started) {
				started = true;
				// A byte order mark that some editors put before UTF-8 text is not part
				// of the first line.
				int n = in.readNBytes(chunk, 0, 3);
				boolean bom = n == 3 && chunk[0] == (byte) 0xEF && chunk[1] == (byte) 0xBB && chunk[2] == (byte) 0xBF;
				pos = bom ? 3 : 0;
				limit = n;
				if (limit > pos) {
					return true;
				}
			}
			int n = in.read(chunk, 0, chunk.length);
			if (n <= 0) {
				eof = true;
				return false;
			}
			pos = 0;
			limit = n;
			return true;
		}

		private static boolean isBlank(byte[] bytes, int size) {
			for (int i = 0; i < size; i++) {
				byte c = bytes[i];
				if (c != ' ' && c != '\t' && c != '\r') {
					return false;
				}
			}
			return true;
		}

	}

}
