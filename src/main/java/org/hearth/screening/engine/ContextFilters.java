package org.hearth.screening.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.screening.Category;

/**
 * The context that cancels or directs a rule match: quotation, reported speech, negation,
 * questions, the target of an attack (a protected group or a person), and the words that
 * keep the learned tier from adding what the rules see denied, past or supportive.
 * Stateless.
 */
final class ContextFilters {

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
	 * about it, the author saying they are safe, or a notice of absence that says when
	 * the author is back ("see you in january", "back on monday", "my lead will cover":
	 * the Code asks volunteers to tell the members they serve when they will be away, and
	 * such a goodbye is not the taxonomy's). The rules read these as they are; the
	 * learned tier, which reads meaning but not time or person, may not add a crisis
	 * where they stand.
	 */
	private static final String MONTHS_AND_DAYS = "january|february|march|april|may|june|july|august|september|"
			+ "october|november|december|jan|feb|aug|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
			+ "saturday|sunday|the weekend";

	/** A notice of absence that names the return (see {@link #NOT_A_PRESENT_CRISIS}). */
	private static final String ABSENCE_WITH_RETURN = "see (?:you|ya|u)(?: all| guys| everyone| folks)? (?:in (?:"
			+ MONTHS_AND_DAYS + "|a (?:week|few (?:days|weeks)|couple (?:of )?(?:days|weeks)|month)|two weeks|[0-9]+ "
			+ "(?:days|weeks))|next (?:week|month|time|shift|session)|soon|after (?:the|my)|tomorrow|on (?:"
			+ MONTHS_AND_DAYS + "|the [0-9]+(?:st|nd|rd|th)?))|back (?:on (?:" + MONTHS_AND_DAYS
			+ "|the [0-9]+(?:st|nd|rd|th)?)|in (?:" + MONTHS_AND_DAYS + "|a (?:week|few (?:days|weeks)|couple (?:of )?"
			+ "(?:days|weeks)|month))|next (?:week|month)|after the (?:holidays|break|weekend)|soon|tomorrow)|(?:my|a|another|our) (?:lead|lead volunteer|moderator|mod|volunteer|teammate|team) "
			+ "(?:will|is going to|can) (?:cover|take over|be around|step in)|(?:last|final) (?:shift|session) "
			+ "before";

	/**
	 * A body part or a chore "killing me" ("my back is killing me", "this homework is
	 * killing me"): the hyperbole the taxonomy names as fine.
	 */
	private static final String ACHES_KILLING_ME = "(?:my|this|that|the) (?:back|head|feet|legs|neck|stomach|knees?|"
			+ "tooth|teeth|shoulders?|hips?|period|cramps|migraine|heat|cold|traffic|exam|exams|homework|boss|game|level|"
			+ "weather|commute|wait|shift|job|assignment|essay|deadline|cough|flu) (?:is|are|has been|have been|was) "
			+ "(?:literally |actually |really |so )?killing me";

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
			+ "lecture|podcast|song|game|villain)|" + ABSENCE_WITH_RETURN + "|" + ACHES_KILLING_ME + ")(?= |$)");

	/**
	 * Words of support around self-harm or suicide ("please don't give up", "call the
	 * crisis line", "nobody should starve themselves", "you deserve care"), where the
	 * learned tier may not add encouragement the rules did not find.
	 */
	private static final Pattern SUPPORT = Pattern.compile("(?:^| )(?:please (?:do not|don t|call|text|reach|talk|"
			+ "get|stay|hold|keep|be safe|tell|let)|do not give up|you (?:really |truly |still |do )?matter|you deserve "
			+ "(?:better|care|help|support|love|kindness|good things|to (?:live|heal|be (?:happy|safe|here|okay|ok|"
			+ "loved|heard)|feel (?:better|safe|okay|ok)|get (?:help|better)))|(?<!not )(?<!never )(?:call|text|ring|contact)"
			+ "(?: [^ .?!]+){0,4} (?:line|helpline|hotline|988|111|999|911|samaritans|emergency|crisis|services)|"
			+ "(?:nobody|no one) (?:should|deserves)|(?:get|seek) (?:it looked at|help|support|medical)|"
			+ "proud of you|reasons to (?:stay|live)|(?:you are|you|we are|they are|she is|he is) (?:so |really |"
			+ "absolutely |totally |just )?killing it)(?= |$)");

	private ContextFilters() {
	}

	/**
	 * Notes in {@code vetoes} what the whole text says about self-harm: recovery or the
	 * past, words of support, and a negated act or urging.
	 */
	static void readVetoes(MessageContext context, Vetoes vetoes) {
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
	}

	/**
	 * The reader or the author as the speaker of a reporting cue, just before it: "you
	 * said you'd go through with it", "you've been saying", "I said", "just saying", "for
	 * saying this". Such words point back at what the reader said or are the author's own
	 * aside; they report no one else's urging.
	 */
	private static final Pattern OWN_OR_READERS_WORDS = Pattern
		.compile("(?:^| )(?:(?:you|i)(?: (?:have|had|am|are|was|were|keep|kept|always|just|even|literally|really|"
				+ "still|been|do|did|will|would|can|could))*|just|for|not|stop|keep|start) ?$");

	/**
	 * Whether a reporting rule's match at {@code start} of the canonical text says
	 * someone else said it ("someone told me to", "he said"), rather than pointing back
	 * at the reader's or the author's own words.
	 */
	static boolean reportsSpeech(Rule rule, String canon, int start) {
		if (!REPORTED_SPEECH.contains(rule.id())) {
			return false;
		}
		String before = canon.substring(Math.max(0, start - 40), start);
		String match = canon.substring(start, Math.min(canon.length(), start + 4));
		return !OWN_OR_READERS_WORDS.matcher(before).find() && !match.startsWith("you ") && !match.startsWith("i ");
	}

	/**
	 * Whether the match is quoted or reported, negated, or asked about, as its rule says.
	 */
	static boolean cancelled(Rule rule, int start, int end, MessageContext context) {
		return (!rule.ignoresReporting() && (context.isSuppressed(start, end) || reportedAfter(context.canon, end)))
				|| (rule.negatable() && isNegated(context, start, end))
				|| (rule.notInQuestion() && context.isQuestion(start));
	}

	/**
	 * Words right after a match that make it reported or called out: "kys is a terrible
	 * thing to say", "kill yourself is what he told me", "… that's what they wrote on my
	 * wall".
	 */
	private static final Pattern REPORTED_AFTER = Pattern
		.compile("^(?: [-—–,:])? (?:(?:that is|that s|this is|thats|is|was) )?"
				+ "(?:(?:what|the thing|something|the stuff|the words?) (?:he|she|they|someone|somebody|people|[a-z]+ (?:guy|girl|person|user|kid|member|people)|my [a-z]+|a [a-z]+|some [a-z]+|this [a-z]+|that [a-z]+|the [a-z]+) (?:[a-z]+ )?(?:told|tells|tell|said|says|say|wrote|writes|posted|posts|sent|sends|texted|dm ed|messaged|commented|yelled|typed)"
				+ "|(?:such |a |an |such a )?(?:terrible|awful|horrible|cruel|disgusting|vile|evil|harmful|hurtful|wrong|not ok|never ok|not okay|never okay|not funny|never funny)(?: thing| things)?(?: to say| to tell| to write)?(?= \\.| ,| !|$| to))");

	/** Whether the words right after {@code end} report or call out what matched. */
	static boolean reportedAfter(String canon, int end) {
		if (end >= canon.length()) {
			return false;
		}
		String after = canon.substring(end, Math.min(canon.length(), end + 80));
		return REPORTED_AFTER.matcher(after).find();
	}

	/** Words after "not" or "never" that say the author stops being: "never wake up". */
	private static final Set<String> CEASING = Set.of("wake", "waking", "exist", "existing", "born");

	private static final Set<String> BEING_HERE = Set.of("here", "alive", "around", "born");

	/**
	 * Whether the words from token {@code t} (up to {@code last}) make a negation before
	 * them part of a wish to stop being ("go to sleep and never wake up", "not exist",
	 * "not be here", "never come back") rather than a denial of the act.
	 */
	private static boolean ceasesToBe(NormalizedText text, int t, int last) {
		if (t > last) {
			return false;
		}
		String next = text.token(t);
		if (CEASING.contains(next)) {
			return true;
		}
		String after = t + 1 <= last ? text.token(t + 1) : "";
		return ((next.equals("be") || next.equals("been")) && BEING_HERE.contains(after))
				|| (next.equals("come") && after.equals("back"));
	}

	/**
	 * Words after which a negation affirms what follows: "I can't stop cutting myself",
	 * "I can't help thinking about dying", "I can't wait to be gone".
	 */
	private static final Set<String> AFFIRMED_AFTER_NEGATION = Set.of("stop", "help", "stand", "wait", "resist");

	private static boolean isNegated(MessageContext context, int start, int end) {
		NormalizedText text = context.text;
		int first = text.tokenAt(start);
		int last = text.tokenAt(end - 1);
		for (int t = first; t <= last; t++) {
			if (NEGATORS.contains(text.token(t)) && !ceasesToBe(text, t + 1, last) && !affirms(text, t + 1, last)) {
				return true;
			}
		}
		for (int t = first - 1, seen = 0; t >= 0 && seen < 3; t--, seen++) {
			String tok = text.token(t);
			if (tok.equals(".") || tok.equals("?") || tok.equals(",") || tok.equals("but")) {
				break;
			}
			if (NEGATORS.contains(tok) && !affirms(text, t + 1, last)) {
				return true;
			}
		}
		return false;
	}

	private static boolean affirms(NormalizedText text, int t, int last) {
		return t <= last && AFFIRMED_AFTER_NEGATION.contains(text.token(t));
	}

	/**
	 * Hate speech when the attack names a protected group (or points back at one),
	 * harassment when it targets a person.
	 */
	static Category targetCategory(MessageContext context, int start, int end) {
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

	static void markQuotes(MessageContext context) {
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

}
