package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.screening.Action;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.Finding;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.ScreeningRequest;
import org.hearth.screening.ScreeningResult;
import org.hearth.screening.Severity;

/**
 * Applies a {@link RuleSet} and admin overrides to one message: finds rule matches on the
 * canonical text, drops those that are quoted, reported, negated or asked about, decides
 * whether an attack is hate speech or harassment by its target, and turns the rest into
 * findings over the original text. Immutable and thread-safe.
 */
public final class ScreeningEngine {

	/**
	 * Texts longer than this are screened in pieces, so work stays linear in the length.
	 */
	static final int CHUNK = 8_000;

	private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nobody", "none", "neither", "nor",
			"opposite", "hardly");

	private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their", "those", "these", "theirs",
			"kind", "themselves", "you", "your", "yourselves");

	private static final Set<String> PERSON_TARGETS = Set.of("you", "your", "yourself", "yourselves", "he", "she",
			"him", "her", "his", "u", "mods", "moderators", "moderator", "mod", "admins", "admin", "volunteers",
			"volunteer", "staff", "members", "member", "leads", "lead", "guy", "guys", "girl", "dude", "bro", "loser",
			"losers", "idiot", "idiots", "person", "people", "everyone", "everybody", "yall", "ya", "man", "woman",
			"kid", "boy", "bitch", "sister", "brother", "mom", "dad", "mother", "father", "friend", "friends", "boss",
			"therapist", "teacher");

	/** Reporting cues that say someone else said it ("someone told me to", "he said"). */
	private static final Set<String> REPORTED_SPEECH = Set.of("reported-speech", "reported-speech-2", "someone-did",
			"attributed", "quoting");

	/**
	 * A negated act of self-harm by the author ("I would never kill myself", "I am not
	 * suicidal"), which keeps the learned tier from reporting a crisis the rules see
	 * denied. "Cannot stop" and the like are not negations of the act.
	 */
	private static final Pattern NEGATED_SELF_HARM = Pattern.compile("(?:^| )(?:not|never)(?: (?!stop |help |stand "
			+ "|wait |resist )[^ .?,]+){0,3} (?:(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) myself|"
			+ "(?:end|ending|take|taking) my (?:own )?life|suicide|suicidal|die|do anything stupid)(?= |$)");

	/** The same for urging: "do not kill yourself", "never hurt yourself". */
	private static final Pattern NEGATED_URGING = Pattern.compile("(?:^| )(?:not|never)(?: [^ .?,]+){0,3} "
			+ "(?:(?:kill|hurt|harm|cut|starve) (?:yourself|yourselves)|(?:end|take) your (?:own )?life|die)(?= |$)");

	/**
	 * Words that place self-harm or suicide away from the author's present: recovery and
	 * the past ("two years clean", "I used to", "three years ago I tried"), someone else
	 * at risk ("my friend told me she wants to die"), a story, a film or a piece of work
	 * about it, or the author saying they are safe. The rules read these as they are; the
	 * learned tier, which reads meaning but not time or person, may not add a crisis
	 * where they stand.
	 */
	private static final Pattern NOT_A_PRESENT_CRISIS = Pattern.compile("(?:^| )(?:used to|(?:years?|months?|weeks?) "
			+ "ago|last (?:year|spring|summer|autumn|fall|winter)|back (?:when|then)|in (?:19|20)[0-9][0-9]|"
			+ "(?:clean|free|sober) (?:for|since)|(?:days?|weeks?|months?|years?) (?:clean|free|sober|without)|"
			+ "have not (?:self harmed|cut|hurt myself|relapsed|harmed myself)|recovery|recovering|it gets better|"
			+ "therapy (?:helped|helps|is helping)|getting help|(?<!not think )(?<!not know if )(?<!not feel like )i am safe|"
			+ "i am (?:so )?(?:glad|grateful|proud)|"
			+ "(?:my|a|our|her|his) (?:friend|brother|sister|son|daughter|mum|mom|dad|mother|father|partner|"
			+ "boyfriend|girlfriend|husband|wife|cousin|classmate|student|kid|child|grandad|grandma|grandpa|nan) "
			+ "(?:told me|said|says|wants|keeps (?:saying|talking|telling|posting|threatening|cutting|hurting)|wrote|posted|"
			+ "messaged|tried|attempted|died|passed)|"
			+ "help (?:him|her|them)|(?:essay|article|documentary|movie|film|book|novel|series|episode|character|"
			+ "lecture|podcast|song|game|villain))(?= |$)");

	/**
	 * Words of support around self-harm or suicide ("please don't give up", "call the
	 * crisis line", "nobody should starve themselves", "you deserve care"), where the
	 * learned tier may not add encouragement the rules did not find.
	 */
	private static final Pattern SUPPORT = Pattern.compile("(?:^| )(?:please (?:do not|don t|call|text|reach|talk|"
			+ "get|stay|hold|keep|be safe|tell|let)|do not give up|you (?:do not )?(?:deserve|matter)|(?:call|text|ring|contact)"
			+ "(?: [^ .?!]+){0,4} (?:line|helpline|hotline|988|111|999|911|samaritans|emergency|crisis|services)|"
			+ "(?:nobody|no one) (?:should|deserves)|(?:get|seek) (?:it looked at|help|support|medical)|"
			+ "proud of you|reasons to (?:stay|live))(?= |$)");

	private final RuleSet rules;

	private final List<Rule> added;

	private final Map<Category, List<String>> allowed;

	/** An engine over the given rules with admin overrides on top. */
	public ScreeningEngine(RuleSet rules, PhraseOverrides overrides) {
		this.rules = rules;
		this.scratches = ThreadLocal.withInitial(() -> new Scratch(rules));
		List<Rule> addedRules = new ArrayList<>();
		overrides.addedPhrases().forEach((category, phrases) -> {
			for (String phrase : phrases) {
				String canon = rules.normalizer().normalize(phrase).canonical();
				if (!canon.isBlank()) {
					Pattern pattern = Pattern.compile("(?<![^ ])" + Pattern.quote(canon) + "(?![^ ])");
					addedRules.add(new Rule("admin-phrase: " + phrase, Rule.Kind.CATEGORY, category,
							defaultSeverity(category), pattern, Set.of(), Set.of(Rule.Flag.IGNORES_REPORTING),
							category == Category.MEDICAL_ADVICE ? "medical-general"
									: category == Category.LEGAL_ADVICE ? "legal-general" : null));
				}
			}
		});
		this.added = List.copyOf(addedRules);
		Map<Category, List<String>> allow = new EnumMap<>(Category.class);
		overrides.allowedPhrases().forEach((category, phrases) -> {
			List<String> canon = new ArrayList<>();
			for (String phrase : phrases) {
				String c = rules.normalizer().normalize(phrase).canonical();
				if (!c.isBlank()) {
					canon.add(c);
				}
			}
			allow.put(category, List.copyOf(canon));
		});
		this.allowed = Map.copyOf(allow);
	}

	private static Severity defaultSeverity(Category category) {
		return switch (category) {
			case SELF_HARM_ENCOURAGEMENT -> Severity.CRITICAL;
			case CRISIS, HATE_SPEECH -> Severity.HIGH;
			case HARASSMENT, SHAMING, ROMANTIC_SOLICITATION -> Severity.MEDIUM;
			case MEDICAL_ADVICE, LEGAL_ADVICE -> Severity.LOW;
		};
	}

	/**
	 * Screens one message with the rules alone. A message holding invisible characters is
	 * read twice: with them dropped (so they cannot split a word) and with them as spaces
	 * (so they cannot join words either); the findings of both readings count.
	 */
	public ScreeningResult screen(ScreeningRequest request) {
		return screen(request, null, null);
	}

	/**
	 * Screens one message with the rules and, when {@code modelScores} is given, the
	 * learned tier's scores for it: a category the model scores at or above its threshold
	 * in {@code head} is added when the rules did not find it and the rules do not rule
	 * it out (see {@link #modelAllowed}).
	 */
	public ScreeningResult screen(ScreeningRequest request, float[] modelScores, CategoryHead head) {
		String text = request.text();
		List<Hit> hits = new ArrayList<>();
		Vetoes vetoes = new Vetoes();
		int offset = 0;
		while (offset < text.length()) {
			int end = chunkEnd(text, offset);
			String chunk = text.substring(offset, end);
			analyse(chunk, offset, hits, vetoes);
			String spaced = InvisibleCharacters.asSpaces(chunk);
			if (spaced != null) {
				analyse(spaced, offset, hits, vetoes);
			}
			offset = end;
		}
		if (!request.previousMessages().isEmpty() && text.length() <= CHUNK) {
			applyConversation(request, hits);
		}
		if (modelScores != null && head != null) {
			addModelFindings(text, modelScores, head, hits, vetoes);
		}
		if (vetoes.criticalSign != null) {
			raiseCrisisToCritical(hits, vetoes.criticalSign);
		}
		return result(hits, request.authorRole());
	}

	/**
	 * What the rules saw that a model finding must respect: categories whose rule matched
	 * but was cancelled by its context (negated, quoted, reported, asked about), a
	 * question about suicide, and words that report what someone else said.
	 */
	private static final class Vetoes {

		final Set<Category> cancelled = EnumSet.noneOf(Category.class);

		boolean supportQuestion;

		boolean reportsSpeech;

		/**
		 * Recovery, the past, someone else, a story: see {@link #NOT_A_PRESENT_CRISIS}.
		 */
		boolean notAPresentCrisis;

		/** Words of support: see {@link #SUPPORT}. */
		boolean support;

		/**
		 * The first {@link Rule.Kind#CRITICAL_SIGN} that matched and was not cancelled
		 * (negated, quoted, reported, asked about), or null.
		 */
		String criticalSign;

	}

	/**
	 * Whether the learned tier may add {@code category} given what the rules found and
	 * saw. The rules keep the direction (an author at risk is a crisis, urging someone
	 * else is encouragement, so the model may not add the other one), hate versus
	 * harassment (decided by the target), negation, quotation, reporting, questions about
	 * suicide, recovery and the past, and words of support.
	 */
	static boolean modelAllowed(Category category, Set<Category> ruled, Set<Category> cancelled,
			boolean supportQuestion, boolean reportsSpeech, boolean notAPresentCrisis, boolean support) {
		if (ruled.contains(category) || cancelled.contains(category)) {
			return false;
		}
		return switch (category) {
			case CRISIS -> !supportQuestion && !notAPresentCrisis && !ruled.contains(Category.SELF_HARM_ENCOURAGEMENT);
			case SELF_HARM_ENCOURAGEMENT ->
				!supportQuestion && !reportsSpeech && !support && !ruled.contains(Category.CRISIS);
			case HATE_SPEECH -> !ruled.contains(Category.HARASSMENT) && !cancelled.contains(Category.HARASSMENT);
			case HARASSMENT -> !ruled.contains(Category.HATE_SPEECH) && !cancelled.contains(Category.HATE_SPEECH);
			default -> true;
		};
	}

	/**
	 * Readings the model confuses: the author's own risk against urging someone else
	 * (told apart by direction), and urging against a harmful tip about medication, an
	 * insult or shaming. When the model scores the other reading higher, the weaker one
	 * is not added.
	 */
	static boolean weakerReading(Category category, float[] scores) {
		return switch (category) {
			case CRISIS -> scores[Category.CRISIS.ordinal()] < scores[Category.SELF_HARM_ENCOURAGEMENT.ordinal()];
			case SELF_HARM_ENCOURAGEMENT -> {
				float own = scores[Category.SELF_HARM_ENCOURAGEMENT.ordinal()];
				yield own < scores[Category.CRISIS.ordinal()] || own < scores[Category.MEDICAL_ADVICE.ordinal()]
						|| own < scores[Category.HARASSMENT.ordinal()] || own < scores[Category.SHAMING.ordinal()];
			}
			default -> false;
		};
	}

	private void addModelFindings(String text, float[] scores, CategoryHead head, List<Hit> hits, Vetoes vetoes) {
		Set<Category> ruled = EnumSet.noneOf(Category.class);
		for (Hit hit : hits) {
			ruled.add(hit.finding().category());
		}
		int start = 0;
		int end = text.length();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		List<Hit> found = new ArrayList<>();
		for (Category category : Category.values()) {
			double score = scores[category.ordinal()];
			java.util.OptionalDouble threshold = head.threshold(category);
			if (threshold.isEmpty() || !(score >= threshold.getAsDouble())) {
				continue;
			}
			if (!modelAllowed(category, ruled, vetoes.cancelled, vetoes.supportQuestion, vetoes.reportsSpeech,
					vetoes.notAPresentCrisis, vetoes.support)) {
				continue;
			}
			if (weakerReading(category, scores)) {
				continue;
			}
			String reason = String.format(java.util.Locale.ROOT, "model: %.2f (threshold %.2f)", score,
					threshold.getAsDouble());
			found.add(new Hit(new Finding(category, start, end, defaultSeverity(category), reason, Finding.Tier.MODEL,
					Math.min(1.0, Math.max(0.0, score))), null));
		}
		if (!found.isEmpty() && !allowed.isEmpty()) {
			NormalizedText normalized = rules.normalizer().normalize(text);
			Context context = new Context(normalized);
			dropAllowed(context, 0, found);
		}
		hits.addAll(found);
	}

	/**
	 * An author's crisis that states the means at hand, a time or a goodbye is critical:
	 * each crisis finding of the message is raised, its reason naming the sign. The sign
	 * alone, with no crisis found, is nothing.
	 */
	private static void raiseCrisisToCritical(List<Hit> hits, String sign) {
		for (int i = 0; i < hits.size(); i++) {
			Finding f = hits.get(i).finding();
			if (f.category() == Category.CRISIS && f.severity().compareTo(Severity.CRITICAL) < 0) {
				hits.set(i, new Hit(new Finding(f.category(), f.start(), f.end(), Severity.CRITICAL,
						f.reason() + "; critical: " + sign, f.tier(), f.score()), hits.get(i).rewording()));
			}
		}
	}

	private static int chunkEnd(String text, int offset) {
		if (text.length() - offset <= CHUNK) {
			return text.length();
		}
		int limit = offset + CHUNK;
		for (int i = limit; i > offset + CHUNK / 2; i--) {
			char c = text.charAt(i);
			if (c == '.' || c == '\n' || c == '!' || c == '?') {
				return i + 1;
			}
		}
		for (int i = limit; i > offset + CHUNK / 2; i--) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i + 1;
			}
		}
		return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
	}

	/** A finding before merging, with the rewording its rule suggests. */
	private record Hit(Finding finding, String rewording) {
	}

	/** Per-text facts that decide whether a rule match counts. */
	private static final class Context {

		final NormalizedText text;

		final String canon;

		final List<int[]> suppressed = new ArrayList<>();

		final List<int[]> identities = new ArrayList<>();

		final int[] sentenceEnd;

		final boolean[] questionSentence;

		Context(NormalizedText text) {
			this.text = text;
			this.canon = text.canonical();
			int n = text.tokenCount();
			sentenceEnd = new int[n];
			questionSentence = new boolean[n];
			int end = canon.length();
			boolean question = false;
			for (int t = n - 1; t >= 0; t--) {
				String tok = text.token(t);
				if (tok.equals(".") || tok.equals("?")) {
					end = text.canonStart(t);
					question = tok.equals("?");
				}
				sentenceEnd[t] = end;
				questionSentence[t] = question;
			}
		}

		int sentenceEndAt(int canonOffset) {
			return sentenceEnd.length == 0 ? canon.length() : sentenceEnd[text.tokenAt(canonOffset)];
		}

		boolean isQuestion(int canonOffset) {
			return questionSentence.length != 0 && questionSentence[text.tokenAt(canonOffset)];
		}

		boolean isSuppressed(int start, int end) {
			for (int[] region : suppressed) {
				if (start >= region[0] && end <= region[1]) {
					return true;
				}
			}
			return false;
		}

		boolean overlapsIdentity(int start, int end) {
			for (int[] span : identities) {
				if (span[0] < end && start < span[1]) {
					return true;
				}
			}
			return false;
		}

		boolean hasUnsuppressedIdentity() {
			for (int[] span : identities) {
				if (!isSuppressed(span[0], span[1])) {
					return true;
				}
			}
			return false;
		}

	}

	private void analyse(String text, int offset, List<Hit> hits, Vetoes vetoes) {
		NormalizedText normalized = rules.normalizer().normalize(text);
		if (normalized.tokenCount() == 0) {
			return;
		}
		Context context = new Context(normalized);
		Scratch scratch = scratches.get();
		scratch.begin(context);
		boolean[] candidates = rules.candidates(normalized);
		List<Rule> all = rules.rules();
		markQuotes(context);
		vetoes.reportsSpeech |= !context.suppressed.isEmpty();
		vetoes.notAPresentCrisis |= NOT_A_PRESENT_CRISIS.matcher(context.canon).find();
		vetoes.support |= SUPPORT.matcher(context.canon).find();
		if (context.canon.contains("not") || context.canon.contains("never")) {
			if (NEGATED_SELF_HARM.matcher(context.canon).find()) {
				vetoes.cancelled.add(Category.CRISIS);
			}
			if (NEGATED_URGING.matcher(context.canon).find()) {
				vetoes.cancelled.add(Category.SELF_HARM_ENCOURAGEMENT);
			}
		}
		for (int i = 0; i < all.size(); i++) {
			Rule rule = all.get(i);
			if (!candidates[i]) {
				continue;
			}
			if (rule.kind() == Rule.Kind.REPORTING) {
				Matcher m = scratch.first(i, false);
				while (m != null) {
					context.suppressed.add(new int[] { m.start(), context.sentenceEndAt(m.start()) });
					vetoes.reportsSpeech |= REPORTED_SPEECH.contains(rule.id());
					m = scratch.next(false);
				}
			}
			else if (rule.kind() == Rule.Kind.SUPPORT_QUESTION && !vetoes.supportQuestion) {
				vetoes.supportQuestion = scratch.first(i, false) != null;
			}
			else if (rule.kind() == Rule.Kind.IDENTITY) {
				Matcher m = scratch.first(i, false);
				while (m != null) {
					context.identities.add(new int[] { m.start(), m.end() });
					m = scratch.next(false);
				}
			}
		}
		for (int i = 0; i < all.size(); i++) {
			Rule rule = all.get(i);
			if (candidates[i] && (rule.kind() == Rule.Kind.CATEGORY || rule.kind() == Rule.Kind.TARGETED)) {
				Matcher m = scratch.first(i, rule.startsWithTarget());
				while (m != null) {
					accept(rule, m.start(), m.end(), context, offset, hits, vetoes);
					m = scratch.next(rule.startsWithTarget());
				}
			}
			else if (candidates[i] && rule.kind() == Rule.Kind.CRITICAL_SIGN && vetoes.criticalSign == null) {
				Matcher m = scratch.first(i, false);
				while (m != null && vetoes.criticalSign == null) {
					if (!cancelled(rule, m.start(), m.end(), context)) {
						vetoes.criticalSign = rule.id();
					}
					m = scratch.next(false);
				}
			}
		}
		for (Rule rule : added) {
			Matcher m = scratch.matcher(rule.pattern(), context.canon);
			while (m.find()) {
				accept(rule, m.start(), m.end(), context, offset, hits, vetoes);
			}
		}
		dropAllowed(context, offset, hits);
	}

	private final ThreadLocal<Scratch> scratches;

	/**
	 * A thread's reusable matching state: one matcher per rule, the candidate start
	 * offsets of every rule in the current text ({@link AnchorIndex}), and the offsets
	 * where a target phrase starts. Matches come out exactly as {@code Matcher.find()}
	 * would give them: leftmost first, each search resuming where the previous match
	 * ended, but only candidate offsets are tried.
	 */
	private static final class Scratch {

		private final RuleSet rules;

		private final Matcher[] matchers;

		private final java.util.Map<Pattern, Matcher> extra = new java.util.IdentityHashMap<>();

		private final AnchorIndex.Starts starts = new AnchorIndex.Starts();

		private String canon;

		private boolean targetsDone;

		private boolean[] targetAt = new boolean[256];

		private int cleared;

		private Matcher current;

		private int entry;

		private int from;

		Scratch(RuleSet rules) {
			this.rules = rules;
			this.matchers = new Matcher[rules.rules().size() + 1];
		}

		void begin(Context context) {
			canon = context.canon;
			rules.anchors().scan(context.text, starts);
			if (targetsDone) {
				java.util.Arrays.fill(targetAt, 0, Math.min(targetAt.length, cleared), false);
			}
			targetsDone = false;
			cleared = canon.length() + 1;
			if (targetAt.length < canon.length() + 1) {
				targetAt = new boolean[canon.length() + 1];
			}
		}

		private Matcher ruleMatcher(int index) {
			Matcher m = matchers[index];
			Pattern pattern = index < rules.rules().size() ? rules.rules().get(index).pattern() : rules.targetStart();
			if (m == null) {
				m = pattern.matcher(canon);
				m.useTransparentBounds(true);
				m.useAnchoringBounds(false);
				matchers[index] = m;
			}
			else {
				m.reset(canon);
			}
			return m;
		}

		/**
		 * A matcher for a pattern outside the rule set (admin phrases), reset to the
		 * current text.
		 */
		Matcher matcher(Pattern pattern, String text) {
			Matcher m = extra.get(pattern);
			if (m == null) {
				m = pattern.matcher(text);
				extra.put(pattern, m);
			}
			else {
				m.reset(text);
			}
			return m;
		}

		/** Offsets where a target phrase starts; computed once per text, on first use. */
		private void computeTargets() {
			targetsDone = true;
			int index = rules.targetAnchor();
			Matcher m = ruleMatcher(index);
			for (int e = starts.first(index); e >= 0; e = starts.next(e)) {
				int p = starts.offset(e);
				m.region(p, canon.length());
				if (m.lookingAt()) {
					targetAt[p] = true;
				}
			}
		}

		/** The first match of rule {@code index} in the current text, or null. */
		Matcher first(int index, boolean atTargets) {
			if (atTargets && !targetsDone) {
				computeTargets();
			}
			entry = starts.first(index);
			if (entry < 0) {
				return null;
			}
			current = ruleMatcher(index);
			from = 0;
			return next(atTargets);
		}

		/** The next match of the rule {@link #first} started, or null. */
		Matcher next(boolean atTargets) {
			Matcher m = current;
			while (entry >= 0) {
				int p = starts.offset(entry);
				entry = starts.next(entry);
				if (p < from || (atTargets && !targetAt[p])) {
					continue;
				}
				m.region(p, canon.length());
				if (!m.lookingAt()) {
					continue;
				}
				from = m.end();
				return m;
			}
			return null;
		}

	}

	/** Turns one match of a rule into a finding unless the context cancels it. */
	private void accept(Rule rule, int start, int end, Context context, int offset, List<Hit> hits, Vetoes vetoes) {
		if (end == start) {
			return;
		}
		if (cancelled(rule, start, end, context)) {
			if (rule.kind() == Rule.Kind.TARGETED) {
				vetoes.cancelled.add(Category.HARASSMENT);
				vetoes.cancelled.add(Category.HATE_SPEECH);
			}
			else if (rule.category() != null) {
				vetoes.cancelled.add(rule.category());
			}
			return;
		}
		Category category = rule.category();
		if (rule.kind() == Rule.Kind.TARGETED) {
			category = targetCategory(context, start, end);
			if (category == null) {
				return;
			}
		}
		int[] span = context.text.originalSpan(start, end);
		String rewording = rule.rewording() == null ? null : rules.rewording(rule.rewording());
		hits.add(new Hit(new Finding(category, span[0] + offset, span[1] + offset, rule.severity(), rule.id()),
				rewording));
	}

	/**
	 * Whether the match is quoted or reported, negated, or asked about, as its rule says.
	 */
	private static boolean cancelled(Rule rule, int start, int end, Context context) {
		return (!rule.ignoresReporting() && context.isSuppressed(start, end))
				|| (rule.negatable() && isNegated(context, start, end))
				|| (rule.notInQuestion() && context.isQuestion(start));
	}

	private static boolean isNegated(Context context, int start, int end) {
		NormalizedText text = context.text;
		int first = text.tokenAt(start);
		int last = text.tokenAt(end - 1);
		for (int t = first; t <= last; t++) {
			if (NEGATORS.contains(text.token(t))) {
				return true;
			}
		}
		for (int t = first - 1, seen = 0; t >= 0 && seen < 3; t--, seen++) {
			String tok = text.token(t);
			if (tok.equals(".") || tok.equals("?") || tok.equals(",") || tok.equals("but")) {
				break;
			}
			if (NEGATORS.contains(tok)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Hate speech when the attack names a protected group (or points back at one),
	 * harassment when it targets a person.
	 */
	private static Category targetCategory(Context context, int start, int end) {
		if (context.overlapsIdentity(start, end)) {
			return Category.HATE_SPEECH;
		}
		NormalizedText text = context.text;
		int first = text.tokenAt(start);
		int last = text.tokenAt(end - 1);
		boolean pronoun = false;
		boolean person = false;
		for (int t = first; t <= last; t++) {
			String tok = text.token(t);
			pronoun |= GROUP_PRONOUNS.contains(tok);
			person |= PERSON_TARGETS.contains(tok);
		}
		if (pronoun && context.hasUnsuppressedIdentity()) {
			return Category.HATE_SPEECH;
		}
		return person ? Category.HARASSMENT : null;
	}

	private static void markQuotes(Context context) {
		String canon = context.canon;
		List<int[]> quotes = new ArrayList<>();
		int open = -1;
		for (int i = canon.indexOf('"'); i >= 0; i = canon.indexOf('"', i + 1)) {
			if (open < 0) {
				open = i;
			}
			else {
				quotes.add(new int[] { open, i + 1 });
				open = -1;
			}
		}
		if (quotes.isEmpty()) {
			return;
		}
		int outside = 0;
		NormalizedText text = context.text;
		int q = 0;
		for (int t = 0; t < text.tokenCount() && outside < 2; t++) {
			int pos = text.canonStart(t);
			while (q < quotes.size() && quotes.get(q)[1] <= pos) {
				q++;
			}
			boolean inside = q < quotes.size() && pos >= quotes.get(q)[0];
			if (!inside && Character.isLetterOrDigit(context.canon.charAt(pos))) {
				outside++;
			}
		}
		if (outside >= 2) {
			context.suppressed.addAll(quotes);
		}
	}

	private void dropAllowed(Context context, int offset, List<Hit> hits) {
		if (allowed.isEmpty() || hits.isEmpty()) {
			return;
		}
		allowed.forEach((category, phrases) -> {
			for (String phrase : phrases) {
				Matcher m = Pattern.compile("(?<![^ ])" + Pattern.quote(phrase) + "(?![^ ])").matcher(context.canon);
				while (m.find()) {
					int[] span = context.text.originalSpan(m.start(), m.end());
					int s = span[0] + offset;
					int e = span[1] + offset;
					hits.removeIf(h -> h.finding().category() == category && h.finding().start() < e
							&& s < h.finding().end());
				}
			}
		});
	}

	/**
	 * Uses the conversation: a "yes" to a question about suicide is a crisis; "do it"
	 * after a crisis is encouragement.
	 */
	private void applyConversation(ScreeningRequest request, List<Hit> hits) {
		String previous = request.previousMessages().get(request.previousMessages().size() - 1);
		if (previous.length() > CHUNK) {
			return;
		}
		NormalizedText current = rules.normalizer().normalize(request.text());
		NormalizedText before = rules.normalizer().normalize(previous);
		boolean askedAboutSuicide = false;
		boolean previousCrisis = false;
		for (Rule rule : rules.rules()) {
			if (rule.kind() == Rule.Kind.SUPPORT_QUESTION && rule.pattern().matcher(before.canonical()).find()) {
				askedAboutSuicide = true;
			}
		}
		List<Hit> earlier = new ArrayList<>();
		analyse(previous, 0, earlier, new Vetoes());
		for (Hit hit : earlier) {
			previousCrisis |= hit.finding().category() == Category.CRISIS;
		}
		for (Rule rule : rules.rules()) {
			boolean fires = (rule.kind() == Rule.Kind.AFFIRMATION && askedAboutSuicide)
					|| (rule.kind() == Rule.Kind.ENCOURAGEMENT && previousCrisis);
			if (!fires) {
				continue;
			}
			Matcher m = rule.pattern().matcher(current.canonical());
			if (m.find()) {
				int[] span = current.originalSpan(m.start(), m.end());
				Category category = rule.kind() == Rule.Kind.AFFIRMATION ? Category.CRISIS
						: Category.SELF_HARM_ENCOURAGEMENT;
				hits.add(new Hit(new Finding(category, span[0], span[1], rule.severity(), rule.id()), null));
			}
		}
	}

	private static ScreeningResult result(List<Hit> hits, AuthorRole role) {
		if (hits.isEmpty()) {
			return ScreeningResult.clean();
		}
		hits.sort(Comparator.comparingInt((Hit h) -> h.finding().start()).thenComparing(h -> h.finding().category()));
		List<Finding> merged = new ArrayList<>();
		for (Hit hit : hits) {
			Finding f = hit.finding();
			boolean absorbed = false;
			for (int i = 0; i < merged.size(); i++) {
				Finding g = merged.get(i);
				if (g.category() == f.category() && f.start() < g.end() && g.start() < f.end()) {
					Severity severity = f.severity().compareTo(g.severity()) > 0 ? f.severity() : g.severity();
					String reason = f.severity().compareTo(g.severity()) > 0 ? f.reason() : g.reason();
					// A rule's finding merged with anything stays a rule's: only findings
					// of
					// the learned tier alone are held for staff to confirm.
					boolean rules = f.tier() == Finding.Tier.RULES || g.tier() == Finding.Tier.RULES;
					merged.set(i,
							new Finding(g.category(), Math.min(f.start(), g.start()), Math.max(f.end(), g.end()),
									severity, reason, rules ? Finding.Tier.RULES : Finding.Tier.MODEL,
									rules ? 1.0 : Math.max(f.score(), g.score())));
					absorbed = true;
					break;
				}
			}
			if (!absorbed) {
				merged.add(f);
			}
		}
		Set<Category> categories = EnumSet.noneOf(Category.class);
		Action action = Action.NONE;
		for (Finding f : merged) {
			categories.add(f.category());
			action = action.strongest(Action.forFinding(f, role));
		}
		Set<String> rewordings = new LinkedHashSet<>();
		for (Hit hit : hits) {
			Category c = hit.finding().category();
			if (hit.rewording() != null && (c == Category.MEDICAL_ADVICE || c == Category.LEGAL_ADVICE)) {
				rewordings.add(hit.rewording());
			}
		}
		Optional<String> rewording = rewordings.isEmpty() ? Optional.empty()
				: Optional.of(String.join(" ", rewordings));
		return new ScreeningResult(List.copyOf(categories), merged, action, rewording);
	}

}
