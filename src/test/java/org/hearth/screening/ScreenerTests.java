package org.hearth.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Behaviour of the screener, grouped by what it must tell apart. Cases are written here,
 * not taken from the dev set.
 */
class ScreenerTests {

	static final Screener SCREENER = Screener.withShippedRules();

	static ScreeningResult volunteer(String text) {
		return SCREENER.screen(text, AuthorRole.VOLUNTEER);
	}

	static ScreeningResult member(String text) {
		return SCREENER.screen(text, AuthorRole.MEMBER);
	}

	@Nested
	class SelfHarmEncouragement {

		@ParameterizedTest
		@ValueSource(strings = { "just go kill yourself already", "you should hang yourself",
				"do everyone a favour and end your life", "honestly you should just die",
				"why don't you jump off a bridge", "i hope you kill yourself", "nobody will miss you when you're gone",
				"starving yourself is a great way to lose weight, keep it up", "you'd be better off dead" })
		void flagsUrgingSomeoneToHarmThemselves(String text) {
			assertThat(volunteer(text).categories()).contains(Category.SELF_HARM_ENCOURAGEMENT)
				.doesNotContain(Category.CRISIS);
		}

		@ParameterizedTest
		@ValueSource(strings = { "k y s", "K.Y.S", "kys!!!", "kill urself", "k1ll yourself", "KILL YOURSELF",
				"kіll yourself", "ｋｉｌｌ ｙｏｕｒｓｅｌｆ", "k!ll ur5elf", "kill yourselfffff", "kill\u200B yourself", "🇰🇾🇸" })
		void seesThroughObfuscation(String text) {
			assertThat(volunteer(text).categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "you're a walking L. k.y.s", "lmao ok L. k y s", "k.y.s x", "fr kill yourself",
				"ngl kys", "loser kill yourself", "bruh go kill yourself",
				"take the whole bottle, that'll make the pain stop", "delete yourself irl", "ctrl alt delete yourself",
				"jake kill yourself lol", "hey sam kill yourself", "sam go kill yourself", "gg ez kys",
				"get rekt kys" })
		void readsSpacedLettersBesideAStrayLetterAndSlangOrAnInsultBeforeTheUrging(String text) {
			assertThat(member(text).categories()).contains(Category.SELF_HARM_ENCOURAGEMENT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "just kill\nyourself already", "just kill\r\nyourself", "just k\ni\nl\nl yourself",
				"just k\u0336i\u0336l\u0336l\u0336 y\u0336o\u0336u\u0336r\u0336s\u0336e\u0336l\u0336f\u0336",
				"just k\u0353\u033di\u0353\u033dl\u0353\u033dl\u0353\u033d yourself",
				"just \u1d0b\u026a\u029f\u029f \u028f\u1d0f\u1d1c\u0280s\u1d07\u029f\u0493",
				"just \u1d4f\u2071\u02e1\u02e1 \u02b8\u1d52\u1d58\u02b3\u02e2\u1d49\u02e1\u1da0", "just kill your self",
				"kill ur self", "go kill ya self", "bitch kill yo self", "go kill yoself", "go kil yourself",
				"k1ll ur s3lf", "你 kys", "\u0CA0_\u0CA0 kill yourself", "k\u0131ll yourself", "kill your selves",
				"go kill yer self", "i'm not ok\nkill yourself", "youshouldkillyourself", "justgokillyourself",
				"cutdeepernexttime", "you s.h.o.u.l.d k.i.l.l y.o.u.r.s.e.l.f" })
		void seesThroughLineBreaksCombiningMarksSmallCapitalsAndSelfWrittenApart(String text) {
			assertThat(volunteer(text).categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "kill your self-doubt, you've got this",
				"kill your self doubt before it kills your dreams", "don't let anyone kill your self esteem",
				"her self-harm scars are healing and she is proud of them", "cut your self some slack",
				"kill your self criticism, it's not helping", "shoot your self tape and send it",
				"Please don't\nkill yourself. We're here for you.", "please never\nhurt yourself over a grade" })
		void leavesAWordMadeWithSelfAlone(String text) {
			assertThat(volunteer(text).categories()).doesNotContain(Category.SELF_HARM_ENCOURAGEMENT);
		}

		@Test
		void pointsItsSpanAcrossALineBreakAtTheWordsOnBothLines() {
			String text = "ok listen\njust kill\nyourself";
			Finding finding = volunteer(text).findings().get(0);
			assertThat(text.substring(finding.start(), finding.end())).contains("kill\nyourself");
		}

		@Test
		void suspendsAVolunteerAndHoldsAMembersMessage() {
			assertThat(volunteer("go kill yourself").action()).isEqualTo(Action.SUSPEND_AND_OPEN_CRITICAL_CASE);
			assertThat(member("go kill yourself").action())
				.isEqualTo(Action.HOLD_MESSAGE_OPEN_CASE_AND_ALERT_MODERATORS);
			assertThat(volunteer("go kill yourself").findings())
				.allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
		}

		@Test
		void pointsItsSpanAtTheObfuscatedWordsInTheOriginalText() {
			String text = "ok so... K Y S!!";
			Finding finding = volunteer(text).findings().get(0);
			assertThat(text.substring(finding.start(), finding.end())).contains("K Y S");
		}

	}

	@Nested
	class Crisis {

		@ParameterizedTest
		@ValueSource(strings = { "i want 2 die", "im going 2 kill myself", "i'm so tired of being alive",
				"honestly just tired of living.", "so tired of existing tbh", "i'm so done with living",
				"id be ok if a bus just took me out on the walk home", "i wouldn't mind if i never woke up",
				"i wish i could just fall asleep and never wake up.", "lol im gonna jump. not a joke btw" })
		void readsChatShorthandAndTirednessOfLivingAsCrisis(String text) {
			assertThat(member(text).categories()).containsExactly(Category.CRISIS);
		}

		@ParameterizedTest
		@ValueSource(strings = { "i had a panic attack and i'm sitting here with the razor",
				"im sitting on the bathroom floor with the pills" })
		void readsSittingWithTheMeansAsACriticalCrisis(String text) {
			assertThat(member(text).findings()).isNotEmpty()
				.allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL))
				.allSatisfy(f -> assertThat(f.category()).isEqualTo(Category.CRISIS));
		}

		@ParameterizedTest
		@ValueSource(strings = { "i have 2 kids and a dog", "i want 2 go home", "im so done with life lol this level",
				"i'm sick of living with my parents", "tired of living paycheck to paycheck",
				"tired of existing in this economy", "i'm not tired of living, just tired", "are you tired of living?",
				"i would not be ok if i died, my kids need me",
				"i wish i could fall asleep and never wake up on mondays lol", "i'm gonna jump in the pool",
				"i'm going to jump!! skydiving tomorrow lets goo",
				"i'm sitting here with my gun. cleaning it for hunting season",
				"i was sitting with the razor years ago, now i'm doing better",
				"i took the whole bottle of vitamins lol", "take the whole bottle of water with you on the hike",
				"delete yourself from this server pls", "careful you could kill yourself on that ladder",
				"dont kill yourself over a game", "almost kill yourself laughing", "he said kill yourself",
				"try not to kill yourself", "nobody hurt yourself today ok", "careful dont cut yourself",
				"recipe: take the whole bottle of soy sauce and pour it in", "take the whole bottle, we have plenty",
				"i'm sitting here with the razor and shaving cream lol",
				"i'm sitting here with the rope, setting up the tent", "ngl kys is a terrible thing to say",
				"delete yourself irl is what he told me", "loser kill yourself, that's what they wrote on my wall",
				"gg ez", "gg wp everyone" })
		void leavesNumbersHyperboleAndNegationAlone(String text) {
			assertThat(member(text).categories()).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(
				strings = { "i want to kill myself", "I can't do this anymore", "i wrote my goodbye note last night",
						"I don't want to wake up tomorrow", "everyone would be better off without me",
						"i've been hurting myself again", "i'm going to end it tonight", "i feel so suicidal",
						"i just want it all to end", "thinking about ending it all lately", "I have no reason to live",
						"i wanna die", "tonight is the night i finally kill myself", "today is the day i end it all" })
		void flagsTheAuthorsOwnRisk(String text) {
			assertThat(member(text).categories()).contains(Category.CRISIS)
				.doesNotContain(Category.SELF_HARM_ENCOURAGEMENT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "I want to die. I have the pills ready.",
				"i just want it all to end, the meds are lined up on my desk",
				"I can't go on anymore. I've got everything I need for it",
				"i want to kill myself, i'll do it this weekend", "I feel so suicidal. I've picked a date.",
				"I don't want to be here anymore. goodbye everyone.", "I want to die so I've been giving away my stuff",
				"i want to end my life. please look after my cat when i'm gone" })
		void ratesACrisisWithTheMeansAtHandATimeOrAGoodbyeCritical(String text) {
			ScreeningResult result = member(text);

			assertThat(result.findings()).filteredOn(f -> f.category() == Category.CRISIS)
				.isNotEmpty()
				.allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL))
				.anySatisfy(f -> assertThat(f.reason()).contains("; critical: "));
		}

		@ParameterizedTest
		@ValueSource(strings = { "I have the pills ready", "i've got the sleeping pills lined up now",
				"I have the rope right here.", "tonight is the night, I've got everything I need",
				"i have everything i need to do it. tomorrow is the day" })
		void readsTheMeansAtHandOrATimeWithEverythingReadyAsACriticalCrisis(String text) {
			assertThat(member(text).findings()).singleElement().satisfies(f -> {
				assertThat(f.category()).isEqualTo(Category.CRISIS);
				assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
			});
		}

		@ParameterizedTest
		@ValueSource(strings = { "I want to die.", "i just want it all to end",
				"I want to die, but I don't have the pills ready", "I feel so suicidal, should tonight be the night?" })
		void leavesACrisisWithoutSuchASignHigh(String text) {
			assertThat(member(text).findings()).filteredOn(f -> f.category() == Category.CRISIS)
				.isNotEmpty()
				.allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
		}

		@ParameterizedTest
		@ValueSource(strings = { "I have my pills ready for the trip tomorrow", "goodbye everyone, see you next week",
				"tonight is the night of the finals!", "I've been giving away my old books to the library",
				"tonight is the night! I've got everything I need for the party", "i don't have the pills ready",
				"do you have the pills ready?" })
		void findsNothingInASignWithoutACrisis(String text) {
			assertThat(member(text).categories()).isEmpty();
		}

		@Test
		void answersAMemberWithResourcesAndAVolunteerWithADebrief() {
			assertThat(member("i want to die").action()).isEqualTo(Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT);
			assertThat(volunteer("i want to die").action()).isEqualTo(Action.DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES);
		}

		@ParameterizedTest
		@ValueSource(strings = { "honestly no one would miss me", "nobody will miss me when I'm gone",
				"nobody would even notice if I was dead", "would anyone even miss me", "no one would care if i died" })
		void hearsNobodyWouldMissMeAsTheAuthorsOwnRiskNeverAsUrgingSomeone(String text) {
			assertThat(volunteer(text).categories()).contains(Category.CRISIS)
				.doesNotContain(Category.SELF_HARM_ENCOURAGEMENT);
			assertThat(volunteer(text).action()).isEqualTo(Action.DEBRIEF_WITH_LEAD_AND_SHARE_RESOURCES);
			assertThat(member(text).action()).isEqualTo(Action.SHARE_CRISIS_RESOURCES_AND_ALERT_SWAT);
		}

		@Test
		void readsTheActWithATimeSetAsACriticalSign() {
			for (String text : List.of("i want to kill myself tonight", "i just want to end my life this weekend")) {
				assertThat(member(text).findings()).as(text)
					.anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
			}
			assertThat(member("i want to kill myself").findings())
				.allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.CRITICAL));
			assertThat(member("i do not want to kill myself tonight").categories()).doesNotContain(Category.CRISIS);
		}

		@Test
		void readsANegationThatIsPartOfAWishToStopBeingAsTheWishNotItsDenial() {
			for (String text : List.of("I wish I could go to sleep and never wake up",
					"i just want to go to sleep and never wake up")) {
				assertThat(member(text).categories()).as(text).containsExactly(Category.CRISIS);
			}
			for (String text : List.of("I would never kill myself", "i do not want to die",
					"I don't want to disappear, I want things to change")) {
				assertThat(member(text).categories()).as(text).doesNotContain(Category.CRISIS);
			}
		}

		@Test
		void tellsTheAuthorsCrisisFromEncouragingSomeoneElse() {
			assertThat(member("I want to end it").categories()).containsExactly(Category.CRISIS);
			assertThat(volunteer("you should end it").categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		}

		@ParameterizedTest
		@ValueSource(strings = { "I don't want to die, I want the pain to stop being so loud",
				"I used to self harm but I've been clean for two years",
				"I would never kill myself, I have too much to live for",
				"my recovery has been slow but I'm proud of it", "i keep hurting myself by overthinking everything lol",
				"i can not stop hurting myself with these comparisons",
				"I keep cutting myself shaving, any razor tips?", "I keep hurting myself on the same table corner lol",
				"I started cutting myself some slack and it helps", "I can't stop burning myself out at work",
				"My self harm is getting worse? No, it's actually been 2 years clean!",
				"I want to kill my self consciousness" })
		void leavesRecoveryAndNegationAlone(String text) {
			assertThat(member(text).categories()).doesNotContain(Category.CRISIS);
		}

		@ParameterizedTest
		@ValueSource(
				strings = { "i want to kill my self", "i want to\nkill myself tonight", "i cant stop\nhurting my self",
						"my self harm is getting worse again", "i keep burning myself with lighters",
						"I keep hurting myself with a razor", "i can't stop cutting myself" })
		void readsSelfWrittenApartAndASentenceBrokenOverLinesAsTheAuthorsOwnRisk(String text) {
			assertThat(member(text).categories()).contains(Category.CRISIS);
		}

	}

	@Nested
	class WhatIsNotAViolation {

		@ParameterizedTest
		@ValueSource(strings = { "are you having thoughts of suicide?", "have you thought about ending your life?",
				"please don't hurt yourself", "you don't deserve to die",
				"if you're thinking about suicide, you can call or text 988",
				"Self-harm is more common than people think.",
				"Would it help to talk about what's making you feel this way?",
				"I'm here for you, tonight and tomorrow.",
				"do you have a plan for how you'd hurt yourself? i want to make sure you're safe tonight",
				"just do it already, buy the shoes" })
		void leavesSupportAlone(String text) {
			assertThat(volunteer(text).categories()).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "my ex told me to kill myself and it still hurts",
				"someone commented \"kys\" under my post", "he said I should just die, should I report him?",
				"a troll wrote that I should hang myself" })
		void leavesReportedAbuseAlone(String text) {
			assertThat(member(text).categories()).doesNotContain(Category.SELF_HARM_ENCOURAGEMENT, Category.CRISIS);
		}

		@ParameterizedTest
		@ValueSource(strings = { "this boss fight is killing me", "I'm dying of laughter", "that exam murdered me lol",
				"I would kill for a pizza right now", "we got destroyed in ranked again", "this song slaps so hard",
				"go die in the lava in minecraft so we can respawn together", "i hope i don't wake up till noon lol",
				"i used to think everyone would be better off without me. i don't believe that anymore",
				"i wrote a goodbye letter in 2018. i'm so glad i never used it" })
		void leavesHyperboleAndGamingTalkAlone(String text) {
			assertThat(member(text).categories()).isEmpty();
		}

	}

	@Nested
	class HarassmentAndHate {

		@ParameterizedTest
		@ValueSource(strings = { "ur a pathetic loser", "shut up idiot", "I know where you live", "you're so stupid",
				"fuck you" })
		void flagsAttacksOnAPersonAsHarassment(String text) {
			assertThat(member(text).categories()).contains(Category.HARASSMENT).doesNotContain(Category.HATE_SPEECH);
		}

		@ParameterizedTest
		@ValueSource(strings = { "I can't stand Jews", "immigrants are vermin", "all lesbians should be shot",
				"typical muzzie behaviour", "I h8 muslims", "wom3n are trash", "i d e s p i s e gay people",
				"Refugees are a plague on this country",
				"Disabled people shouldn't be allowed to have kids, they're a burden on society",
				"deport every last one of those mexicans" })
		void flagsAttacksOnAProtectedGroupAsHateSpeech(String text) {
			assertThat(member(text).categories()).contains(Category.HATE_SPEECH);
		}

		@ParameterizedTest
		@ValueSource(strings = { "I love my Muslim neighbours", "saying that gay people are disgusting is bigoted",
				"I don't hate immigrants", "women deserve equal pay", "my therapist is a trans woman and she's great",
				"Calling Black people animals is racist and it has to stop", "I hate mondays",
				"I'm a proud dyke and I love my wife" })
		void leavesIdentityMentionsAndCounterSpeechAlone(String text) {
			assertThat(member(text).categories()).doesNotContain(Category.HATE_SPEECH);
		}

	}

	@Nested
	class ShamingRomanceAndAdvice {

		@ParameterizedTest
		@ValueSource(strings = { "depression is just laziness", "stop being so dramatic", "therapy is for the weak",
				"you're only doing it for attention" })
		void flagsShaming(String text) {
			assertThat(volunteer(text).categories()).contains(Category.SHAMING);
			assertThat(volunteer(text).action()).isEqualTo(Action.OPEN_CASE_AND_GIVE_FEEDBACK);
		}

		@ParameterizedTest
		@ValueSource(strings = { "send me pics of yourself", "you're so hot, are you single?",
				"wanna go out with me sometime?", "give me your number so we can talk privately ;)" })
		void flagsRomanticSolicitation(String text) {
			assertThat(volunteer(text).categories()).contains(Category.ROMANTIC_SOLICITATION);
		}

		@ParameterizedTest
		@ValueSource(strings = { "you should quit your meds", "you definitely have ADHD",
				"don't trust your psychiatrist", "just double your dose" })
		void flagsMedicalAdviceWithARewording(String text) {
			ScreeningResult result = volunteer(text);
			assertThat(result.categories()).contains(Category.MEDICAL_ADVICE);
			assertThat(result.action()).isEqualTo(Action.OPEN_CASE_WITH_SUGGESTED_REWORDING);
			assertThat(result.suggestedRewording()).hasValueSatisfying(r -> assertThat(r).containsIgnoringCase("I"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "you should sue them", "just ignore the eviction notice",
				"you'll definitely win the case" })
		void flagsLegalAdviceWithARewording(String text) {
			ScreeningResult result = volunteer(text);
			assertThat(result.categories()).contains(Category.LEGAL_ADVICE);
			assertThat(result.suggestedRewording()).hasValueSatisfying(r -> assertThat(r).contains("lawyer"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "My doctor helped me find the right dose.",
				"talking to a lawyer helped me understand my options", "Congrats on the date!",
				"you look like you had a good day" })
		void leavesExperienceSharingAlone(String text) {
			assertThat(volunteer(text).categories()).isEmpty();
		}

	}

	@Nested
	class Conversation {

		@Test
		void readsAYesToAQuestionAboutSuicideAsCrisis() {
			ScreeningRequest request = new ScreeningRequest("yeah", AuthorRole.MEMBER,
					List.of("are you thinking about killing yourself?"));
			assertThat(SCREENER.screen(request).categories()).containsExactly(Category.CRISIS);
			assertThat(member("yeah").categories()).isEmpty();
		}

		@Test
		void readsAShortYesToAreYouSuicidalAsCrisisAndANoOrAQuestionAboutSafetyAsNothing() {
			for (String yes : List.of("yes", "yup", "mhm", "ye", "yess")) {
				assertThat(SCREENER.screen(new ScreeningRequest(yes, AuthorRole.MEMBER, List.of("are you suicidal?")))
					.categories()).as(yes).containsExactly(Category.CRISIS);
			}
			assertThat(SCREENER
				.screen(new ScreeningRequest("no not at all", AuthorRole.MEMBER, List.of("are you suicidal?")))
				.categories()).isEmpty();
			assertThat(SCREENER.screen(new ScreeningRequest("yes", AuthorRole.MEMBER, List.of("are you safe?")))
				.categories()).isEmpty();
			assertThat(volunteer("are you suicidal right now?").categories()).isEmpty();
		}

		@Test
		void readsDoItAfterACrisisAsEncouragement() {
			ScreeningRequest request = new ScreeningRequest("then just do it", AuthorRole.VOLUNTEER,
					List.of("i want to die"));
			assertThat(SCREENER.screen(request).categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
			assertThat(volunteer("then just do it").categories()).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "you know what to do", "go on then", "bet you won't", "prove it", "i dare you" })
		void readsEveryUrgingThatNamesNoActAsEncouragementAfterACrisis(String text) {
			ScreeningRequest request = new ScreeningRequest(text, AuthorRole.VOLUNTEER,
					List.of("I want to kill myself tonight"));
			assertThat(SCREENER.screen(request).categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
		}

		@Test
		void readsDoItThatUrgesHelpAsSupport() {
			assertThat(SCREENER
				.screen(new ScreeningRequest("do it now, call 988", AuthorRole.VOLUNTEER,
						List.of("I want to kill myself tonight")))
				.categories()).isEmpty();
			assertThat(SCREENER
				.screen(new ScreeningRequest("yes, do it", AuthorRole.VOLUNTEER,
						List.of("i want to end it all tonight. should i call the crisis line?")))
				.categories()).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "\u3164", "\u2800", "\u115F" })
		void readsFillersTypedForSpacesInEitherMessageAsSpaces(String filler) {
			ScreeningRequest urging = new ScreeningRequest("just do" + filler + "it", AuthorRole.VOLUNTEER,
					List.of("I want to kill myself tonight"));
			assertThat(SCREENER.screen(urging).categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
			assertThat(SCREENER.screen(urging).action()).isEqualTo(Action.SUSPEND_AND_OPEN_CRITICAL_CASE);
			ScreeningRequest afterHiddenCrisis = new ScreeningRequest("just do it", AuthorRole.VOLUNTEER,
					List.of(String.join(filler, "i", "want", "to", "die")));
			assertThat(SCREENER.screen(afterHiddenCrisis).categories())
				.containsExactly(Category.SELF_HARM_ENCOURAGEMENT);
			ScreeningRequest yes = new ScreeningRequest("yes", AuthorRole.MEMBER,
					List.of(String.join(filler, "are", "you", "thinking", "of", "killing", "yourself?")));
			assertThat(SCREENER.screen(yes).categories()).containsExactly(Category.CRISIS);
			ScreeningRequest shoes = new ScreeningRequest("just do" + filler + "it", AuthorRole.VOLUNTEER,
					List.of("should" + filler + "i buy the shoes?"));
			assertThat(SCREENER.screen(shoes).categories()).isEmpty();
		}

	}

	@Nested
	class Overrides {

		@Test
		void flagsAnAdminPhraseEvenWhenObfuscated() {
			Screener custom = SCREENER
				.withOverrides(new PhraseOverrides(Map.of(Category.HARASSMENT, Set.of("snowflake brain")), Map.of()));
			assertThat(custom.screen("what a SN0WFLAKE  BRAIN", AuthorRole.MEMBER).categories())
				.containsExactly(Category.HARASSMENT);
			assertThat(SCREENER.screen("what a snowflake brain", AuthorRole.MEMBER).categories()).isEmpty();
		}

		@Test
		void dropsFindingsInsideAnAllowListedPhrase() {
			Screener custom = SCREENER
				.withOverrides(new PhraseOverrides(Map.of(), Map.of(Category.HARASSMENT, Set.of("shut up"))));
			assertThat(custom.screen("shut up", AuthorRole.MEMBER).categories()).isEmpty();
			assertThat(custom.screen("you're a complete idiot", AuthorRole.MEMBER).categories())
				.containsExactly(Category.HARASSMENT);
			assertThat(SCREENER.screen("shut up", AuthorRole.MEMBER).categories()).containsExactly(Category.HARASSMENT);
		}

	}

	@Test
	void takesTheStrongestActionWhenSeveralCategoriesApply() {
		ScreeningResult result = volunteer("you're a worthless idiot, just kill yourself");
		assertThat(result.categories()).containsExactly(Category.SELF_HARM_ENCOURAGEMENT, Category.HARASSMENT);
		assertThat(result.action()).isEqualTo(Action.SUSPEND_AND_OPEN_CRITICAL_CASE);
	}

}
