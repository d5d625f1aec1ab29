package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.hearth.people.PersonId;
import org.hearth.shared.RequestRefused;
import org.hearth.shared.StorableText;

import org.springframework.modulith.NamedInterface;

/**
 * A volunteer's weekly check-in with their lead: how they are, the hours they served,
 * what weighed on them, the boundaries they want to keep and whether they want a debrief.
 * The volunteer writes it, or their lead logs the conversation they had; either may
 * change it later, and an edit made meanwhile is detected by its version.
 */
@NamedInterface("web")
public final class CheckIn {

	/** The parts of a check-in it refuses. */
	public enum Part implements RequestRefused.Part {

		WELL_BEING, HOURS, WEIGHED, BOUNDARIES

	}

	/** Who wrote the check-in down. */
	public enum Source {

		VOLUNTEER("Checked in themselves"), LEAD("Conversation logged by a lead");

		private final String label;

		Source(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	static final BigDecimal MOST_HOURS = BigDecimal.valueOf(168);

	static final int LONGEST_TEXT = 4000;

	private final CheckInId id;

	private final PersonId volunteer;

	private final LocalDate week;

	private WellBeing wellBeing;

	private BigDecimal hours;

	private String weighed;

	private String boundaries;

	private boolean wantsDebrief;

	private Source source;

	private PersonId recordedBy;

	private Instant recordedAt;

	private final long version;

	CheckIn(CheckInId id, PersonId volunteer, LocalDate week, WellBeing wellBeing, BigDecimal hours, String weighed,
			String boundaries, boolean wantsDebrief, Source source, PersonId recordedBy, Instant recordedAt,
			long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.volunteer = Objects.requireNonNull(volunteer, "volunteer");
		this.week = Objects.requireNonNull(week, "week");
		this.wellBeing = wellBeing;
		this.hours = hours;
		this.weighed = weighed;
		this.boundaries = boundaries;
		this.wantsDebrief = wantsDebrief;
		this.source = source;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.version = version;
	}

	/**
	 * A check-in for the week that {@code week} falls in, written by the volunteer or by
	 * their lead.
	 */
	public static CheckIn record(PersonId volunteer, LocalDate week, WellBeing wellBeing, BigDecimal hours,
			String weighed, String boundaries, boolean wantsDebrief, Source source, PersonId by, Instant now) {
		CheckIn checkIn = new CheckIn(CheckInId.random(), volunteer, Weeks.of(week), null, null, null, null, false,
				source, by, now, 0);
		checkIn.fill(wellBeing, hours, weighed, boundaries, wantsDebrief, source, by, now);
		return checkIn;
	}

	/**
	 * Changes what the check-in says, when {@code expectedVersion} is the version the
	 * person saw; otherwise someone changed it meanwhile and they are asked to look
	 * again.
	 */
	public void revise(long expectedVersion, WellBeing wellBeing, BigDecimal hours, String weighed, String boundaries,
			boolean wantsDebrief, Source source, PersonId by, Instant now) {
		if (expectedVersion != version) {
			throw new RequestRefused(
					"This check-in was changed meanwhile; look at it again and then make your change.");
		}
		fill(wellBeing, hours, weighed, boundaries, wantsDebrief, source, by, now);
	}

	private void fill(WellBeing wellBeing, BigDecimal hours, String weighed, String boundaries, boolean wantsDebrief,
			Source source, PersonId by, Instant now) {
		if (wellBeing == null) {
			throw new RequestRefused(Part.WELL_BEING,
					"Choose how you are this week, from 1 (struggling) to 5 (thriving).");
		}
		if (hours == null || hours.signum() < 0 || hours.compareTo(MOST_HOURS) > 0) {
			throw new RequestRefused(Part.HOURS, "Give the hours served this week, from 0 to 168.");
		}
		if (hours.stripTrailingZeros().scale() > 2) {
			throw new RequestRefused(Part.HOURS, "Give the hours to two decimals at most, such as 2.5.");
		}
		this.wellBeing = wellBeing;
		this.hours = hours.setScale(2, java.math.RoundingMode.UNNECESSARY);
		this.weighed = text(Part.WEIGHED, weighed);
		this.boundaries = text(Part.BOUNDARIES, boundaries);
		this.wantsDebrief = wantsDebrief;
		this.source = Objects.requireNonNull(source, "source");
		this.recordedBy = Objects.requireNonNull(by, "by");
		this.recordedAt = Objects.requireNonNull(now, "now");
	}

	private static String text(Part field, String value) {
		String text = value == null ? "" : StorableText.clean(value).strip();
		if (text.length() > LONGEST_TEXT) {
			throw new RequestRefused(field, "Please keep this under 4,000 characters.");
		}
		return text;
	}

	public CheckInId id() {
		return id;
	}

	public PersonId volunteer() {
		return volunteer;
	}

	/** The Monday of the week this check-in is for. */
	public LocalDate week() {
		return week;
	}

	/** "the week of 2 March 2026". */
	public String weekName() {
		return Weeks.named(week);
	}

	/** "2.5 hours". */
	public String hoursText() {
		return Hours.of(hours);
	}

	public WellBeing wellBeing() {
		return wellBeing;
	}

	public BigDecimal hours() {
		return hours;
	}

	public String weighed() {
		return weighed;
	}

	public String boundaries() {
		return boundaries;
	}

	public boolean wantsDebrief() {
		return wantsDebrief;
	}

	public Source source() {
		return source;
	}

	public PersonId recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public long version() {
		return version;
	}

}
