package org.hearth.spaces;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hearth.people.Role;
import org.hearth.programs.ProgramId;
import org.hearth.shared.RequestRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AudienceTests {

	private final ProgramId listening = new ProgramId(UUID.randomUUID());

	private final ProgramId matching = new ProgramId(UUID.randomUUID());

	@Test
	void aRoleIncludesEveryoneAboveIt() {
		Audience volunteers = new Audience(Role.VOLUNTEER, null);

		assertThat(volunteers.includes(Role.APPLICANT, Set.of())).isFalse();
		assertThat(volunteers.includes(Role.VOLUNTEER, Set.of())).isTrue();
		assertThat(volunteers.includes(Role.LEAD, Set.of())).isTrue();
		assertThat(volunteers.includes(Role.ADMIN, Set.of())).isTrue();
	}

	@Test
	void aProgramNarrowsItToThoseServingInItWhileStaffSeeEverything() {
		Audience listeners = new Audience(Role.VOLUNTEER, listening);

		assertThat(listeners.includes(Role.VOLUNTEER, Set.of(listening))).isTrue();
		assertThat(listeners.includes(Role.VOLUNTEER, Set.of(matching))).isFalse();
		assertThat(listeners.includes(Role.LEAD, Set.of())).isFalse();
		assertThat(listeners.includes(Role.STAFF, Set.of())).isTrue();
	}

	@Test
	void staffSeeEveryAnnouncementButAreToldOnlyOfThoseForStaff() {
		assertThat(new Audience(Role.VOLUNTEER, null).told(Role.STAFF)).isFalse();
		assertThat(new Audience(Role.VOLUNTEER, null).told(Role.LEAD)).isTrue();
		assertThat(new Audience(Role.LEAD, null).told(Role.VOLUNTEER)).isFalse();
		assertThat(new Audience(Role.STAFF, null).told(Role.STAFF)).isTrue();
		assertThat(new Audience(Role.STAFF, null).told(Role.ADMIN)).isTrue();
		assertThat(new Audience(Role.APPLICANT, null).told(Role.APPLICANT)).isTrue();
	}

	@Test
	void refusesAnAudienceOfAdminsOrOfStaffInOneProgram() {
		assertThatThrownBy(() -> new Audience(Role.ADMIN, null)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("everyone, volunteers, leads or staff");
		assertThatThrownBy(() -> new Audience(null, null)).isInstanceOf(RequestRefused.class);
		assertThatThrownBy(() -> new Audience(Role.STAFF, listening)).isInstanceOf(RequestRefused.class)
			.hasMessageContaining("leave the program empty");
	}

	@Test
	void saysWhomItIsForInWords() {
		assertThat(new Audience(Role.APPLICANT, null).describe(null)).isEqualTo("Everyone");
		assertThat(new Audience(Role.VOLUNTEER, listening).describe("Listening"))
			.isEqualTo("Volunteers and leads in Listening");
		assertThat(Audience.label(Role.LEAD)).isEqualTo("Leads");
	}

}
