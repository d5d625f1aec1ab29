package org.hearth.gatherings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.people.PersonId;
import org.hearth.programs.ProgramId;
import org.hearth.shared.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of one training or lead meeting, without a database. */
class GatheringTests {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	/** 10:00 in Oslo on 1 January 2027. */
	static final Instant NOW = LocalDate.of(2027, 1, 1).atTime(10, 0).atZone(OSLO).toInstant();

	final PersonId staff = person();

	final PersonId noor = person();

	final PersonId ben = person();

	@Test
	void schedulesAMonthlySeriesOnTheSameDayOfEachMonthInItsTimeZone() {
		List<Gathering> series = Gathering.schedule(plan(GatheringKind.TRAINING, LocalDate.of(2027, 1, 31), 3), staff,
				NOW);

		assertThat(series).hasSize(3);
		assertThat(series).extracting(Gathering::series).containsOnly(series.get(0).series());
		assertThat(series).extracting(g -> g.startsAt().atZone(OSLO).toLocalDate())
			.containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
		// Summer time begins in Oslo on 28 March: the meeting stays at 18:00 local time.
		assertThat(series).extracting(g -> g.startsAt().atZone(OSLO).toLocalTime()).containsOnly(LocalTime.of(18, 0));
		assertThat(series.get(2).when()).isEqualTo("Wednesday 31 March 2027, 18:00–19:30 (Europe/Oslo)");
	}

	@Test
	void refusesAStartThatHasPassed() {
		assertThatThrownBy(
				() -> Gathering.schedule(plan(GatheringKind.TRAINING, LocalDate.of(2026, 12, 31), 1), staff, NOW))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("still to come")
			.extracting(ex -> ((RequestRefused) ex).part())
			.isEqualTo(Gathering.Part.DAY);
	}

	@Test
	void refusesALeadMeetingForVolunteersSoReflectionsStayAmongLeads() {
		var plan = new GatheringPlan(GatheringKind.LEAD_MEETING, "Leads together", "", LocalDate.of(2027, 2, 1),
				LocalTime.of(18, 0), OSLO, 60, Venue.online("https://meet.example.org/leads"),
				new Audience(null, true, true, false), null, 1);

		assertThatThrownBy(() -> Gathering.schedule(plan, staff, NOW)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("lead volunteers and staff");
	}

	@Test
	void refusesAVenueWithBothALinkAndAPlaceOrALinkThatIsNotAWebAddress() {
		assertThatThrownBy(() -> new Venue("https://meet.example.org/x", "Room 4")).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Choose one");
		assertThatThrownBy(() -> Venue.online("javascript:alert(1)")).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("https://");
		assertThatThrownBy(() -> new Venue(" ", null)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("link of the online meeting, or the place");
	}

	@Test
	void refusesAnEmptyTitleAndAnOddLength() {
		assertThatThrownBy(() -> Gathering
			.schedule(new GatheringPlan(GatheringKind.TRAINING, "  ", "", LocalDate.of(2027, 2, 1), LocalTime.of(18, 0),
					OSLO, 60, Venue.at("Room 4"), new Audience(null, true, false, false), null, 1), staff, NOW))
			.hasMessageContaining("title");
		assertThatThrownBy(() -> Gathering
			.schedule(new GatheringPlan(GatheringKind.TRAINING, "\u3164\u200b", "", LocalDate.of(2027, 2, 1),
					LocalTime.of(18, 0), OSLO, 60, Venue.at("Room 4"), new Audience(null, true, false, false), null, 1),
					staff, NOW))
			.as("a title of invisible characters shows as empty")
			.hasMessageContaining("title");
		assertThatThrownBy(() -> Gathering
			.schedule(new GatheringPlan(GatheringKind.TRAINING, "Listening", "", LocalDate.of(2027, 2, 1),
					LocalTime.of(18, 0), OSLO, 5, Venue.at("Room 4"), new Audience(null, true, false, false), null, 1),
					staff, NOW))
			.hasMessageContaining("from 15 to 480 minutes");
	}

	@Test
	void takesAnswersUntilItBeginsAndNotAfter() {
		Gathering training = invited(
				Gathering.schedule(plan(GatheringKind.TRAINING, LocalDate.of(2027, 1, 2), 1), staff, NOW).get(0));

		assertThat(training.answer(noor, Answer.MAYBE, NOW).answer()).isEqualTo(Answer.MAYBE);
		assertThat(training.answer(noor, Answer.YES, NOW.plusSeconds(60)).answer()).isEqualTo(Answer.YES);
		assertThatThrownBy(() -> training.answer(noor, Answer.NO, training.startsAt()))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("answers are closed");
		assertThatThrownBy(() -> training.answer(person(), Answer.YES, NOW)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("not invited");
	}

	@Test
	void opensAttendanceWhenItBeginsAndCountsEveryoneNotTickedAsMissingIt() {
		Gathering training = invited(
				Gathering.schedule(plan(GatheringKind.TRAINING, LocalDate.of(2027, 1, 2), 1), staff, NOW).get(0));
		assertThatThrownBy(() -> training.takeAttendance(0, Set.of(noor), staff, NOW))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Attendance opens when the training begins");

		Gathering.AttendanceChange change = training.takeAttendance(0, Set.of(noor), staff,
				training.endsAt().plusSeconds(60));

		assertThat(change.attended()).containsExactly(noor);
		assertThat(change.missed()).containsExactly(ben);
		assertThat(training.invitationOf(ben).orElseThrow().missed()).isTrue();
		assertThat(training.tookPart()).isEqualTo(1);
	}

	@Test
	void reportsACorrectionOfSomeoneMarkedByMistake() {
		Gathering training = invited(
				Gathering.held(plan(GatheringKind.TRAINING, LocalDate.of(2026, 12, 1), 1), staff, NOW));
		training.takeAttendance(0, Set.of(noor, ben), staff, NOW);
		Gathering saved = new Gathering(training.id(), training.series(), training.kind(), training.title(),
				training.description(), training.startsAt(), training.minutes(), training.zone(), training.venue(),
				training.audience(), null, staff, NOW, null, NOW, staff, training.invitations(), 1);

		Gathering.AttendanceChange change = saved.takeAttendance(1, Set.of(noor), staff, NOW);

		assertThat(change.corrected()).containsExactly(ben);
		assertThat(change.attended()).isEmpty();
		assertThat(change.missed()).isEmpty();
	}

	@Test
	void refusesAttendanceOnAVersionSomeoneElseChangedOrForSomeoneNotInvited() {
		Gathering training = invited(
				Gathering.held(plan(GatheringKind.TRAINING, LocalDate.of(2026, 12, 1), 1), staff, NOW));

		assertThatThrownBy(() -> training.takeAttendance(3, Set.of(noor), staff, NOW))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("meanwhile");
		assertThatThrownBy(() -> training.takeAttendance(0, Set.of(person()), staff, NOW))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Only people invited");
	}

	@Test
	void cancelsOnlyBeforeItBeginsAndThenTakesNoAnswers() {
		Gathering training = invited(
				Gathering.schedule(plan(GatheringKind.TRAINING, LocalDate.of(2027, 1, 2), 1), staff, NOW).get(0));
		assertThatThrownBy(() -> training.cancel(0, training.startsAt())).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("has begun");

		training.cancel(0, NOW);

		assertThat(training.cancelled()).isTrue();
		assertThatThrownBy(() -> training.answer(noor, Answer.YES, NOW)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("cancelled");
	}

	@Test
	void recordsOnlyAGatheringThatHasEnded() {
		assertThatThrownBy(() -> Gathering.held(plan(GatheringKind.TRAINING, LocalDate.of(2027, 1, 1), 1), staff,
				NOW.minusSeconds(60)))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("has passed");
	}

	private Gathering invited(Gathering gathering) {
		gathering.invite(List.of(noor, ben), null, NOW.minusSeconds(3600));
		return gathering;
	}

	private static GatheringPlan plan(GatheringKind kind, LocalDate day, int months) {
		return new GatheringPlan(kind, "Holding boundaries", "Bring a story", day, LocalTime.of(18, 0), OSLO, 90,
				Venue.online("https://meet.example.org/hearth"),
				new Audience(new ProgramId(UUID.randomUUID()), true, false, false), null, months);
	}

	private static PersonId person() {
		return new PersonId(UUID.randomUUID());
	}

}
