package org.hearth.screening;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * The body of {@code hearth screen}: reads one JSON message a line ({@code id},
 * {@code authorRole}, {@code text}, named as the API names them; {@code author_role} is
 * still read for this release; other fields ignored) and writes one result a line in the
 * same order. A line that is not valid input is answered on its line with {@code {"id":
 * ..., "error": "..."}} and the run goes on; blank lines are skipped. Lines are screened
 * in parallel on all cores, in batches (the learned tier embeds each batch's messages
 * together), and written in input order.
 *
 * <p>
 * The memory a run needs is bounded whatever the input: a batch holds at most
 * {@value #BATCH} lines and about {@value #BATCH_BYTES} bytes, only a few batches are in
 * flight at once, and a line of {@value #LARGE_LINE} bytes or more is screened on its own
 * with nothing else in flight. A line longer than {@value #MAX_LINE_BYTES} bytes, or one
 * that still does not fit in the memory Java was given, is answered with an error.
 */
public final class ScreeningCommand {

	private static final int BATCH = 512;

	static final int BATCH_BYTES = 1 << 20;

	static final int LARGE_LINE = 1 << 20;

	private static final byte[] TOO_LONG = new byte[0];

	static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

	private static final JsonFactory JSON = JsonFactory.builder()
		.streamReadConstraints(
				StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(MAX_LINE_BYTES).build())
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
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			LineReader reader = new LineReader(in);
			ArrayDeque<Future<String>> pending = new ArrayDeque<>();
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

	private static Future<String> submit(ExecutorService pool, List<byte[]> batch, Screener screener) {
		return pool.submit(() -> screenBatch(batch, screener));
	}

	private static String screenBatch(List<byte[]> lines, Screener screener) {
		StringBuilder out = new StringBuilder(lines.size() * 128);
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			screenLines(lines, screener, decoder, out);
		}
		catch (OutOfMemoryError e) {
			// Only a line screened on its own can get here (a batch's lines are small);
			// what it held is garbage now, and the run goes on.
			out.setLength(0);
			for (byte[] line : lines) {
				error(out, null, "line of " + line.length + " bytes does not fit in the memory Java was given; "
						+ "split the message or run with more memory (-Xmx)");
				out.append('\n');
			}
		}
		return out.toString();
	}

	/**
	 * Parses every line, gives the valid ones to the screener together (one model pass),
	 * and writes one answer a line in input order.
	 */
	private static void screenLines(List<byte[]> lines, Screener screener, CharsetDecoder decoder, StringBuilder out) {
		String[] answers = new String[lines.size()];
		String[] ids = new String[lines.size()];
		List<ScreeningRequest> requests = new ArrayList<>(lines.size());
		List<Integer> positions = new ArrayList<>(lines.size());
		StringBuilder answer = new StringBuilder(128);
		for (int i = 0; i < lines.size(); i++) {
			answer.setLength(0);
			ScreeningRequest request = parseLine(lines.get(i), decoder, answer);
			if (request == null) {
				answers[i] = answer.toString();
			}
			else {
				ids[i] = answer.toString();
				requests.add(request);
				positions.add(i);
			}
		}
		List<ScreeningResult> results = screener.screenAll(requests);
		for (int k = 0; k < results.size(); k++) {
			int i = positions.get(k);
			answer.setLength(0);
			writeResult(answer, ids[i], results.get(k));
			answers[i] = answer.toString();
		}
		for (String a : answers) {
			out.append(a).append('\n');
		}
	}

	/**
	 * Reads one line: returns the request and puts the JSON form of its id in
	 * {@code out}, or returns null and puts the error answer in {@code out}.
	 */
	static ScreeningRequest parseLine(byte[] bytes, CharsetDecoder decoder, StringBuilder out) {
		if (bytes == TOO_LONG) {
			error(out, null, "line is longer than " + MAX_LINE_BYTES + " bytes");
			return null;
		}
		String line;
		try {
			line = decoder.reset().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			error(out, null, "line is not valid UTF-8");
			return null;
		}
		String id = null;
		String role = null;
		String text = null;
		boolean roleSeen = false;
		boolean textSeen = false;
		try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), line)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				error(out, null, "line is not a JSON object");
				return null;
			}
			JsonToken token;
			while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken value = p.nextToken();
				switch (name) {
					case "id" -> {
						if (value == JsonToken.VALUE_STRING) {
							id = quote(p.getString());
						}
						else if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
							id = p.getString();
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
						textSeen = true;
						if (value == JsonToken.VALUE_STRING) {
							text = p.getString();
						}
						else {
							p.skipChildren();
						}
					}
					default -> p.skipChildren();
				}
			}
			if (token != JsonToken.END_OBJECT) {
				error(out, id, "malformed JSON object");
				return null;
			}
			if (p.nextToken() != null) {
				error(out, id, "unexpected content after the JSON object");
				return null;
			}
		}
		catch (JacksonException e) {
			error(out, id, "malformed JSON: " + firstLine(e.getOriginalMessage()));
			return null;
		}
		catch (RuntimeException e) {
			error(out, id, "unreadable line");
			return null;
		}
		if (id == null) {
			error(out, null, "missing \"id\" (a string or a number)");
			return null;
		}
		if (!roleSeen || role == null) {
			error(out, id, "missing \"authorRole\" (volunteer or member)");
			return null;
		}
		AuthorRole authorRole = AuthorRole.parse(role).orElse(null);
		if (authorRole == null) {
			error(out, id, "\"authorRole\" must be volunteer or member");
			return null;
		}
		if (!textSeen || text == null) {
			error(out, id, "missing \"text\" (a string)");
			return null;
		}
		out.append(id);
		return new ScreeningRequest(text, authorRole, List.of());
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		int nl = message.indexOf('\n');
		String first = nl < 0 ? message : message.substring(0, nl);
		return first.length() > 200 ? first.substring(0, 200) : first;
	}

	private static void writeResult(StringBuilder out, String id, ScreeningResult result) {
		out.append("{\"id\":").append(id).append(",\"categories\":[");
		for (int i = 0; i < result.categories().size(); i++) {
			out.append(i == 0 ? "\"" : ",\"").append(result.categories().get(i).name()).append('"');
		}
		out.append("],\"findings\":[");
		for (int i = 0; i < result.findings().size(); i++) {
			Finding f = result.findings().get(i);
			out.append(i == 0 ? "{" : ",{")
				.append("\"category\":\"")
				.append(f.category().name())
				.append("\",\"start\":")
				.append(f.start())
				.append(",\"end\":")
				.append(f.end())
				.append(",\"severity\":\"")
				.append(f.severity().name().toLowerCase(Locale.ROOT))
				.append("\",\"tier\":\"")
				.append(f.tier().jsonName())
				.append("\",\"score\":")
				.append(String.format(Locale.ROOT, "%.3f", f.score()))
				.append('}');
		}
		out.append("],\"action\":\"").append(result.action().jsonName()).append('"');
		result.suggestedRewording()
			.ifPresent(r -> out.append(",\"suggestedRewording\":")
				.append(quote(r))
				.append(",\"suggested_rewording\":")
				.append(quote(r)));
		if (result.error()) {
			out.append(",\"error\":\"screening failed on this message; hold it for a person to read\"");
		}
		out.append('}');
	}

	private static void error(StringBuilder out, String id, String message) {
		out.append("{\"id\":")
			.append(id == null ? "null" : id)
			.append(",\"error\":")
			.append(quote(message))
			.append('}');
	}

	/** A JSON string literal. */
	static String quote(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029 || (Character.isSurrogate(c) && !validSurrogate(s, i))) {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}

	private static boolean validSurrogate(String s, int i) {
		char c = s.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
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
