package org.hearth.volunteering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.shared.RequestRefused;
import org.hearth.people.PersonId;

/** Service a volunteer logged on a day, waiting for approval by their lead or staff. */
public record ServiceEntry(UUID id, EnrolmentId enrolment, LocalDate servedOn, BigDecimal amount, ServiceUnit unit,
		String note, ServiceEntryStatus status, Instant loggedAt, PersonId decidedBy, Instant decidedAt, long version) {

	/** What of logged service a refusal is about: the day served, or how much. */
	public enum Part implements RequestRefused.Part {

		DAY, AMOUNT

	}

	/**
	 * Logs service; not in the future, not before the enrolment began, and a believable
	 * amount.
	 */
	public static ServiceEntry log(Enrolment enrolment, LocalDate servedOn, BigDecimal amount, String note,
			LocalDate today, Instant now) {
		if (!enrolment.state().inService()) {
			throw new RequestRefused("This enrolment has ended, so there is no more service to log on it.");
		}
		if (servedOn == null || servedOn.isAfter(today)) {
			throw new RequestRefused(Part.DAY, "Log service on the day it happened, today or earlier.");
		}
		if (servedOn.isBefore(enrolment.startedOn())) {
			throw new RequestRefused(Part.DAY,
					"This day is before your service began on " + enrolment.startedOn() + ".");
		}
		ServiceUnit unit = Pace.of(enrolment.commitment()).unit();
		if (amount == null || amount.signum() <= 0) {
			throw new RequestRefused(Part.AMOUNT, "How many " + unit.label() + "? More than zero.");
		}
		int most = unit == ServiceUnit.HOURS ? 24 : 20;
		if (amount.compareTo(BigDecimal.valueOf(most)) > 0) {
			throw new RequestRefused(Part.AMOUNT, "At most " + most + " " + unit.label() + " for one day.");
		}
		return new ServiceEntry(UUID.randomUUID(), enrolment.id(), servedOn, amount, unit,
				note == null ? "" : note.strip(), ServiceEntryStatus.LOGGED, now, null, null, 0);
	}

	/**
	 * Approves or declines the entry; a volunteer does not decide about their own
	 * service.
	 */
	public ServiceEntry decide(boolean approve, PersonId by, PersonId volunteer, Instant now) {
		if (status != ServiceEntryStatus.LOGGED) {
			throw new RequestRefused("This service was already " + status.name().toLowerCase() + ".");
		}
		if (by.equals(volunteer)) {
			throw new RequestRefused("Your lead or staff approve your service, not you.");
		}
		return new ServiceEntry(id, enrolment, servedOn, amount, unit, note,
				approve ? ServiceEntryStatus.APPROVED : ServiceEntryStatus.DECLINED, loggedAt, by, now, version);
	}

}
