package org.hearth.gatherings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.hearth.HearthTest;
import org.hearth.TestMail;
import org.hearth.notifications.Inbox;
import org.hearth.notifications.InboxEntry;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PeopleFixture;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.Enrolments;
import org.hearth.volunteering.LeadVolunteers;
import org.hearth.volunteering.ServiceRecordEntry;
import org.hearth.volunteering.ServiceRecords;
import org.hearth.volunteering.ServingVolunteers;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trainings and lead meetings on a real database: invitations by program and role, the
 * service record, the next one offered to whoever missed one, and reflections kept among
 * leads and staff.
 */
@HearthTest
class GatheringsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mail = TestMail.server();

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	Gatherings gatherings;

	@Autowired
	Accounts accounts;

	@Autowired
	Programs catalog;

	@Autowired
	LeadVolunteers leads;

	@Autowired
	Enrolments enrolments;

	@Autowired
	ServiceRecords records;

	@Autowired
	Inbox inbox;

	@Test
	void invitesTheVolunteersOfItsProgramToEveryMonthAndTellsEachOnce() {
		Fixture f = new Fixture();
		HearthUser other = new ServingVolunteers(catalog, accounts, leads, enrolments).volunteer();

		List<Gathering> series = gatherings.schedule(f.plan(GatheringKind.TRAINING, upcoming(), 3), f.staff);

		assertThat(series).hasSize(3).allSatisfy(g -> {
			assertThat(g.invited(f.noor.id())).isTrue();
			assertThat(g.invited(f.ben.id())).isTrue();
			assertThat(g.invited(other.id())).isFalse();
			assertThat(g.invited(f.serving.lead.id())).isFalse();
		});
		assertThat(inbox.latest(f.noor.id())).filteredOn(n -> n.subject().startsWith("You're invited"))
			.singleElement()
			.satisfies(n -> assertThat(n.body()).contains("Listening well", "then monthly until", "online"));
		assertThat(gatherings.of(other.id())).isEmpty();
	}

	@Test
	void writesATrainingTakenPartInOnTheServiceRecordOnceAndCountsIt() {
		Fixture f = new Fixture();
		Gathering held = gatherings.recordHeld(f.plan(GatheringKind.TRAINING, LocalDate.now(LONDON).minusDays(3), 1),
				f.staff);

		gatherings.takeAttendance(held.id(), f.staff, Set.of(f.noor.id()), 0);
		gatherings.takeAttendance(held.id(), f.staff, Set.of(f.noor.id()), 1);

		assertThat(records.of(f.noor.id())).filteredOn(e -> e.kind().equals("training"))
			.extracting(ServiceRecordEntry::text)
			.containsExactly("Took part in the training “Listening well” on " + held.day());
		assertThat(gatherings.trainingsCompleted(f.noor.id())).isEqualTo(1);
		assertThat(gatherings.trainingsCompleted(f.ben.id())).isZero();
	}

	@Test
	void offersTheNextTrainingToSomeoneWhoMissedOne() {
		Fixture f = new Fixture();
		Gathering next = gatherings.schedule(f.plan(GatheringKind.TRAINING, upcoming(), 1), f.staff).get(0);
		HearthUser late = f.serving.volunteer();
		Gathering held = gatherings.recordHeld(f.plan(GatheringKind.TRAINING, LocalDate.now(LONDON).minusDays(2), 1),
				f.staff);

		gatherings.takeAttendance(held.id(), f.staff, Set.of(f.noor.id(), f.ben.id()), 0);

		Gathering offered = gatherings.visibleTo(next.id(), late);
		assertThat(offered.invitationOf(late.id()).orElseThrow().offeredAfter()).isEqualTo(held.id());
		assertThat(gatherings.visibleTo(held.id(), f.staff).invitationOf(late.id()).orElseThrow().nextOffered())
			.isTrue();
		assertThat(inbox.latest(late.id())).extracting(InboxEntry::subject)
			.contains("We missed you at the training “Listening well”");
		assertThat(inbox.latest(f.noor.id())).extracting(InboxEntry::subject)
			.doesNotContain("We missed you at the training “Listening well”");
	}

	@Test
	void offersANewlyScheduledTrainingToThoseWhoMissedTheLastWithNoneToCome() {
		Fixture f = new Fixture();
		Gathering held = gatherings.recordHeld(f.plan(GatheringKind.TRAINING, LocalDate.now(LONDON).minusDays(5), 1),
				f.staff);
		gatherings.takeAttendance(held.id(), f.staff, Set.of(f.noor.id()), 0);
		assertThat(gatherings.visibleTo(held.id(), f.staff).invitationOf(f.ben.id()).orElseThrow().nextOffered())
			.isFalse();

		Gathering next = gatherings.schedule(f.plan(GatheringKind.TRAINING, upcoming(), 1), f.staff).get(0);

		assertThat(gatherings.visibleTo(next.id(), f.ben).invitationOf(f.ben.id()).orElseThrow().offeredAfter())
			.isEqualTo(held.id());
		assertThat(gatherings.visibleTo(held.id(), f.staff).invitationOf(f.ben.id()).orElseThrow().nextOffered())
			.isTrue();
		assertThat(inbox.latest(f.ben.id())).extracting(InboxEntry::subject)
			.contains("We missed you at the training “Listening well”")
			.doesNotContain("You're invited: Training “Listening well”");
	}

	@Test
	void letsOnlyStaffOrTheLeadRunningItTakeAttendance() {
		Fixture f = new Fixture();
		var plan = f.plan(GatheringKind.TRAINING, LocalDate.now(LONDON).minusDays(1), 1);
		Gathering held = gatherings
			.recordHeld(
					new GatheringPlan(plan.kind(), plan.title(), plan.description(), plan.date(), plan.time(),
							plan.zone(), plan.minutes(), plan.venue(), plan.audience(), f.serving.lead.id(), 1),
					f.staff);
		HearthUser otherLead = PeopleFixture.create(accounts, Role.LEAD);

		assertThatThrownBy(() -> gatherings.takeAttendance(held.id(), f.noor, Set.of(f.noor.id()), 0))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("taken by staff, or by the lead running");
		assertThatThrownBy(() -> gatherings.takeAttendance(held.id(), otherLead, Set.of(), 0))
			.isInstanceOf(NotFound.class);

		Gathering taken = gatherings.takeAttendance(held.id(), f.serving.lead, Set.of(f.ben.id()), 0);

		assertThat(taken.tookPart()).isEqualTo(1);
		assertThat(taken.attendanceTakenBy()).isEqualTo(f.serving.lead.id());
	}

	@Test
	void keepsTheReflectionsOfALeadMeetingAmongLeadsAndStaff() {
		Fixture f = new Fixture();
		var plan = new GatheringPlan(GatheringKind.LEAD_MEETING, "Leads of " + f.program, "",
				LocalDate.now(LONDON).minusDays(1), LocalTime.of(18, 0), LONDON, 60, Venue.at("The community room"),
				new Audience(f.program, false, true, false), null, 1);
		Gathering meeting = gatherings.recordHeld(plan, f.staff);
		HearthUser lead = f.serving.lead;

		gatherings.reflect(meeting.id(), lead, "Two of my volunteers carry late shifts; I'll ask them about rest.");

		assertThat(gatherings.reflections(meeting.id(), f.staff)).extracting(Reflection::text, Reflection::authorName)
			.containsExactly(org.assertj.core.groups.Tuple
				.tuple("Two of my volunteers carry late shifts; I'll ask them about rest.", lead.displayName()));
		assertThatThrownBy(() -> gatherings.reflections(meeting.id(), f.noor)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> gatherings.reflect(meeting.id(), lead, "  ")).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Write a few words");
	}

	@Test
	void cancelsBeforeItBeginsAndTellsEveryoneWhoHadNotSaidNo() {
		Fixture f = new Fixture();
		Gathering training = gatherings.schedule(f.plan(GatheringKind.TRAINING, upcoming(), 1), f.staff).get(0);
		gatherings.answer(training.id(), f.ben, Answer.NO);

		assertThatThrownBy(() -> gatherings.cancel(training.id(), f.serving.lead, 0)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Only staff cancel");
		Gathering cancelled = gatherings.cancel(training.id(), f.staff, 0);

		assertThat(cancelled.cancelled()).isTrue();
		assertThat(inbox.latest(f.noor.id())).extracting(InboxEntry::subject)
			.contains("Cancelled: Training “Listening well”");
		assertThat(inbox.latest(f.ben.id())).extracting(InboxEntry::subject)
			.doesNotContain("Cancelled: Training “Listening well”");
		assertThatThrownBy(() -> gatherings.answer(training.id(), f.noor, Answer.YES))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("cancelled");
	}

	@Test
	void refusesSchedulingByAnyoneButStaff() {
		Fixture f = new Fixture();

		assertThatThrownBy(() -> gatherings.schedule(f.plan(GatheringKind.TRAINING, upcoming(), 1), f.serving.lead))
			.isInstanceOf(RequestRefused.class)
			.hasMessageContaining("Only staff schedule");
	}

	private static LocalDate upcoming() {
		return LocalDate.now(LONDON).plusDays(10);
	}

	/** A program with a lead, two volunteers and a staff member. */
	class Fixture {

		final ServingVolunteers serving = new ServingVolunteers(catalog, accounts, leads, enrolments);

		final HearthUser noor = serving.volunteer();

		final HearthUser ben = serving.volunteer();

		final HearthUser staff = PeopleFixture.create(accounts, Role.STAFF);

		final ProgramId program = enrolments.ofVolunteer(noor.id()).get(0).program();

		GatheringPlan plan(GatheringKind kind, LocalDate day, int months) {
			return new GatheringPlan(kind, "Listening well", "", day, LocalTime.of(18, 0), LONDON, 60,
					Venue.online("https://meet.example.org/listening"), new Audience(program, true, false, false), null,
					months);
		}

	}

}
