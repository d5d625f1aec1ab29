package org.hearth.screening.engine;

import java.util.List;
import java.util.Map;

import org.hearth.screening.Action;
import org.hearth.screening.AuthorRole;
import org.hearth.screening.Category;
import org.hearth.screening.Finding;
import org.hearth.screening.PhraseOverrides;
import org.hearth.screening.ScreeningRequest;
import org.hearth.screening.ScreeningResult;
import org.hearth.screening.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the rules' context lets the learned tier add, with model scores given by hand so
 * each case tests the cascade's vetoes and not the model: recovery, the past, someone
 * else's risk and words of support keep a high score from becoming a finding, and the
 * stronger of two confusable readings stands.
 */
class CascadeVetoTests {

	private static final ScreeningEngine ENGINE = new ScreeningEngine(RuleSet.shipped(), PhraseOverrides.none());

	private static final int IN = SentenceEncoder.DIMENSIONS + 1;

	/** A head whose weights do not matter here: the scores are given. */
	private static final CategoryHead HEAD = new CategoryHead(IN, 0, new float[0], new float[0],
			new float[Category.values().length * IN], new float[Category.values().length],
			Map.of(Category.CRISIS, 0.5, Category.SELF_HARM_ENCOURAGEMENT, 0.5, Category.MEDICAL_ADVICE, 0.5),
			Map.of());

	private static float[] scores(Map<Category, Float> given) {
		float[] s = new float[Category.values().length];
		given.forEach((c, v) -> s[c.ordinal()] = v);
		return s;
	}

	private static List<Category> modelAdds(String text, AuthorRole role, Map<Category, Float> given) {
		return ENGINE.screen(ScreeningRequest.of(text, role), scores(given), HEAD)
			.findings()
			.stream()
			.filter(f -> f.tier() == Finding.Tier.MODEL)
			.map(Finding::category)
			.toList();
	}

	@Test
	void addsACrisisTheRulesWordingMisses() {
		String text = "tonight is the night, the letters are on the table";
		assertThat(ENGINE.screen(ScreeningRequest.of(text, AuthorRole.MEMBER)).categories())
			.doesNotContain(Category.CRISIS);
		assertThat(modelAdds(text, AuthorRole.MEMBER, Map.of(Category.CRISIS, 0.95f))).containsExactly(Category.CRISIS);
	}

	@Test
	void keepsRecoveryThePastAndSomeoneElsesRiskClean() {
		for (String text : List.of("two years ago I tried to end it, today I started a new job",
				"I used to plan how I'd do it, therapy helped me find a way out",
				"I haven't self harmed in 200 days and I'm proud of it",
				"my brother told me he wants to die, how can I help him?",
				"we watched a documentary about suicide in class, it was hard",
				"I'm safe tonight, I just needed to talk")) {
			assertThat(modelAdds(text, AuthorRole.MEMBER, Map.of(Category.CRISIS, 0.99f))).as(text).isEmpty();
		}
	}

	@Test
	void keepsAVolunteersNoticeOfAbsenceThatSaysWhenTheyAreBackClean() {
		for (String text : List.of("i'll be away next week, my lead will cover. take care everyone",
				"goodbye everyone, last shift before my break. see you in january",
				"signing off for the holidays, back on the 3rd")) {
			assertThat(modelAdds(text, AuthorRole.VOLUNTEER, Map.of(Category.CRISIS, 0.99f))).as(text).isEmpty();
		}
		for (String text : List.of("goodbye everyone. i won't be back", "see you on the other side",
				"this is my last shift. thank you all, i'm sorry")) {
			assertThat(modelAdds(text, AuthorRole.MEMBER, Map.of(Category.CRISIS, 0.99f))).as(text)
				.containsExactly(Category.CRISIS);
		}
	}

	@Test
	void keepsPraiseAndAchesThatAreKillingSomeoneClean() {
		assertThat(modelAdds("you're killing it, keep going", AuthorRole.VOLUNTEER,
				Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f)))
			.isEmpty();
		assertThat(modelAdds("my back is killing me after moving furniture", AuthorRole.MEMBER,
				Map.of(Category.CRISIS, 0.99f)))
			.isEmpty();
		assertThat(modelAdds("this loneliness is killing me, nobody would even notice", AuthorRole.MEMBER,
				Map.of(Category.CRISIS, 0.99f)))
			.containsExactly(Category.CRISIS);
	}

	@Test
	void readsADoubtAboutBeingSafeAndSomeoneElsesBelongingsAsTheAuthorsOwnRisk() {
		for (String text : List.of("sorry to bother you all but i dont think im safe tonight",
				"i know where my dad keeps the key to the gun cabinet now")) {
			assertThat(modelAdds(text, AuthorRole.MEMBER, Map.of(Category.CRISIS, 0.99f))).as(text)
				.containsExactly(Category.CRISIS);
		}
		assertThat(modelAdds("my sister keeps saying she wants to die, what do I do", AuthorRole.MEMBER,
				Map.of(Category.CRISIS, 0.99f)))
			.isEmpty();
	}

	@Test
	void keepsWordsOfSupportCleanOfEncouragement() {
		for (String text : List.of("please don't give up, you matter to all of us",
				"if the thoughts get louder, call the crisis line, they answer all night",
				"nobody should starve themselves to be liked", "if the cut is deep, please get it looked at")) {
			assertThat(modelAdds(text, AuthorRole.VOLUNTEER, Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f))).as(text)
				.isEmpty();
		}
		String urging = "the bridge is right there, what are you waiting for";
		assertThat(modelAdds(urging, AuthorRole.VOLUNTEER, Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.9f)))
			.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
	}

	@Test
	void leavesAnUrgingThatNamesNoActToTheConversation() {
		for (String text : List.of("just do it", "Just do it!!", "ok go for it", "bet you won't", "lol go on then",
				"you know what to do")) {
			assertThat(modelAdds(text, AuthorRole.VOLUNTEER, Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f))).as(text)
				.isEmpty();
		}
		for (String text : List.of("just do it \uD83D\uDD2A", "just do it \uD83D\uDC8A\uD83D\uDC8A")) {
			assertThat(modelAdds(text, AuthorRole.VOLUNTEER, Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f))).as(text)
				.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		}
		assertThat(modelAdds("just do it, the pills are right there", AuthorRole.VOLUNTEER,
				Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f)))
			.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		ScreeningRequest afterCrisis = new ScreeningRequest("just do it", AuthorRole.VOLUNTEER,
				List.of("I want to kill myself tonight"));
		assertThat(
				ENGINE.screen(afterCrisis, scores(Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f)), HEAD).categories())
			.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		String many = "go on ".repeat(20_000) + "x";
		assertThat(modelAdds(many, AuthorRole.VOLUNTEER, Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f)))
			.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
	}

	@Test
	void everyUrgingKeptFromTheModelIsFoundByTheConversationAfterACrisis() {
		List<String> before = List.of("", "then ", "so ", "ok ", "okay ", "well ", "lol ", "lmao ", "bro ", "dude ",
				"fine, ", "go on ", "come on ", "yeah ", "yes, ", "ha ", "haha ");
		List<String> urgings = List.of("do it", "just do it", "go for it", "go ahead", "do it already", "go on then",
				"go on", "bet you won't", "you won't", "prove it", "do it then", "what are you waiting for",
				"what's stopping you", "you know what to do");
		List<String> after = List.of("", " already", " then", " lol", " now", "!", ".", "?");
		TextNormalizer normalizer = RuleSet.shipped().normalizer();
		int checked = 0;
		for (String b : before) {
			for (String u : urgings) {
				for (String a : after) {
					String text = b + u + a;
					if (!ModelFindings.namesNoAct(text, normalizer)) {
						continue;
					}
					checked++;
					ScreeningRequest request = new ScreeningRequest(text, AuthorRole.VOLUNTEER,
							List.of("I want to kill myself tonight"));
					assertThat(ENGINE.screen(request).categories()).as(text).contains(Category.SELF_HARM_ENCOURAGEMENT);
				}
			}
		}
		assertThat(checked).isGreaterThan(before.size() * urgings.size());
	}

	@Test
	void asksLessCertaintyOfTheModelBesideACriticalSignThanWithoutOne() {
		CategoryHead head = new CategoryHead(SentenceEncoder.Model.BGE_SMALL, IN, 0, new float[0], new float[0],
				new float[Category.values().length * IN], new float[Category.values().length],
				Map.of(Category.CRISIS, 0.9), java.util.OptionalDouble.of(0.5), Map.of());
		String withSign = "gave my guitar and my cat to my sister. i have picked a date";
		String without = "i have had the worst week and i cannot see it getting better";
		float[] scores = scores(Map.of(Category.CRISIS, 0.7f));
		assertThat(ENGINE.screen(ScreeningRequest.of(withSign, AuthorRole.MEMBER), scores, head).findings())
			.singleElement()
			.satisfies(f -> {
				assertThat(f.category()).isEqualTo(Category.CRISIS);
				assertThat(f.tier()).isEqualTo(Finding.Tier.MODEL);
				assertThat(f.severity()).isEqualTo(org.hearth.screening.Severity.CRITICAL);
				assertThat(f.reason()).contains("threshold 0.50 with the critical sign time-set");
			});
		assertThat(ENGINE.screen(ScreeningRequest.of(without, AuthorRole.MEMBER), scores, head).findings()).isEmpty();
		assertThat(ENGINE
			.screen(ScreeningRequest.of(withSign, AuthorRole.MEMBER), scores(Map.of(Category.CRISIS, 0.4f)), head)
			.findings()).isEmpty();
	}

	@Test
	void letsTheStrongerOfTheTwoDirectionsStand() {
		assertThat(modelAdds("it ends tonight", AuthorRole.MEMBER,
				Map.of(Category.CRISIS, 0.7f, Category.SELF_HARM_ENCOURAGEMENT, 0.9f)))
			.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		assertThat(modelAdds("it ends tonight", AuthorRole.MEMBER,
				Map.of(Category.CRISIS, 0.9f, Category.SELF_HARM_ENCOURAGEMENT, 0.7f)))
			.containsExactly(Category.CRISIS);
		assertThat(ModelFindings.weakerReading(Category.CRISIS, scores(Map.of(Category.CRISIS, 0.9f)))).isFalse();
	}

	@Test
	void reportsUrgingTogetherWithAnInsultOrAHarmfulTipAsBoth() {
		String text = "take the lot of them tonight";
		assertThat(modelAdds(text, AuthorRole.VOLUNTEER,
				Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.8f, Category.MEDICAL_ADVICE, 0.9f)))
			.containsExactlyInAnyOrder(Category.SELF_HARM_ENCOURAGEMENT, Category.MEDICAL_ADVICE);
		assertThat(ModelFindings.weakerReading(Category.SELF_HARM_ENCOURAGEMENT,
				scores(Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.6f, Category.HARASSMENT, 0.99f, Category.SHAMING,
						0.99f, Category.MEDICAL_ADVICE, 0.99f))))
			.isFalse();
	}

	@Test
	void doesNotReadTheReadersOwnWordsOrACruelDeservingAsReportsOrSupport() {
		for (String text : List.of("you said you'd go through with it, so why are you still here",
				"you've been saying it for months, stop talking and act", "the pain stops once it's done. just saying",
				"you deserve the pain, keep hurting",
				"don't call the hotline, they won't help, just do what you need to")) {
			assertThat(modelAdds(text, AuthorRole.MEMBER, Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f))).as(text)
				.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		}
		for (String text : List.of("someone in the server told me to go do it", "he keeps saying i should end it",
				"you deserve to feel safe, please stay", "call the crisis line tonight, they answer")) {
			assertThat(modelAdds(text, AuthorRole.MEMBER, Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f))).as(text)
				.isEmpty();
		}
	}

	@Test
	void asksStaffToConfirmWhatOnlyTheModelReadsAsAVolunteersEncouragementInsteadOfSuspending() {
		String text = "ok then, see you on thursday";
		assertThat(ENGINE.screen(ScreeningRequest.of(text, AuthorRole.VOLUNTEER)).categories())
			.as("plain words no rule reads, so what is found is the model's")
			.isEmpty();

		ScreeningResult volunteer = ENGINE.screen(ScreeningRequest.of(text, AuthorRole.VOLUNTEER),
				scores(Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.97f)), HEAD);

		assertThat(volunteer.categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		assertThat(volunteer.findings()).singleElement().extracting(Finding::tier).isEqualTo(Finding.Tier.MODEL);
		assertThat(volunteer.action()).isEqualTo(Action.HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM);
		assertThat(volunteer.action().jsonName()).isEqualTo("hold_and_open_critical_case_to_confirm");
		assertThat(ENGINE
			.screen(ScreeningRequest.of(text, AuthorRole.MEMBER),
					scores(Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.97f)), HEAD)
			.action()).as("a member's message is held and moderators alerted, which takes nobody's access away")
			.isEqualTo(Action.HOLD_MESSAGE_OPEN_CASE_AND_ALERT_MODERATORS);
	}

	@Test
	void keepsTheImmediateActionOfARulesFindingWhateverTheModelScores() {
		String text = "just kys already, nobody would care";
		ScreeningResult rules = ENGINE.screen(ScreeningRequest.of(text, AuthorRole.VOLUNTEER));
		assertThat(rules.action()).isEqualTo(Action.SUSPEND_AND_OPEN_CRITICAL_CASE);

		ScreeningResult cascade = ENGINE.screen(ScreeningRequest.of(text, AuthorRole.VOLUNTEER),
				scores(Map.of(Category.SELF_HARM_ENCOURAGEMENT, 0.99f)), HEAD);

		assertThat(cascade.action()).isEqualTo(Action.SUSPEND_AND_OPEN_CRITICAL_CASE);
		assertThat(cascade.findings()).filteredOn(f -> f.category() == Category.SELF_HARM_ENCOURAGEMENT)
			.allSatisfy(f -> assertThat(f.tier()).isEqualTo(Finding.Tier.RULES));
	}

	@Test
	void keepsTheCrisisActionOfAModelFindingSoAlertsAreNeverHeldBack() {
		String text = "tonight is the night, the letters are on the table";

		ScreeningResult member = ENGINE.screen(ScreeningRequest.of(text, AuthorRole.MEMBER),
				scores(Map.of(Category.CRISIS, 0.95f)), HEAD);
		ScreeningResult volunteer = ENGINE.screen(ScreeningRequest.of(text, AuthorRole.VOLUNTEER),
				scores(Map.of(Category.CRISIS, 0.95f)), HEAD);

		assertThat(member.action()).isEqualTo(Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT);
		assertThat(volunteer.action()).isEqualTo(Action.DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES);
	}

	@Test
	void choosesTheActionOfAFindingByItsTier() {
		Finding model = new Finding(Category.SELF_HARM_ENCOURAGEMENT, 0, 5, Severity.CRITICAL, "model: 0.90",
				Finding.Tier.MODEL, 0.9);
		Finding rule = new Finding(Category.SELF_HARM_ENCOURAGEMENT, 0, 5, Severity.CRITICAL, "kys");
		assertThat(Action.forFinding(model, AuthorRole.VOLUNTEER))
			.isEqualTo(Action.HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM);
		assertThat(Action.forFinding(rule, AuthorRole.VOLUNTEER)).isEqualTo(Action.SUSPEND_AND_OPEN_CRITICAL_CASE);
		assertThat(Action.HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM.strongest(Action.SUSPEND_AND_OPEN_CRITICAL_CASE))
			.as("a rule's suspension wins over a model's request to confirm")
			.isEqualTo(Action.SUSPEND_AND_OPEN_CRITICAL_CASE);
		assertThat(
				Action.HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM.strongest(Action.DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES))
			.isEqualTo(Action.HOLD_AND_OPEN_CRITICAL_CASE_TO_CONFIRM);
		for (Category category : Category.values()) {
			for (AuthorRole role : AuthorRole.values()) {
				Finding f = new Finding(category, 0, 5, Severity.HIGH, "model", Finding.Tier.MODEL, 0.9);
				assertThat(Action.forFinding(f, role).takesAccessAway()).as(category + " " + role).isFalse();
			}
		}
	}

}
