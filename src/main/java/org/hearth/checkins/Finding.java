package org.hearth.checkins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Something in a volunteer's rhythm their lead should gently hear about. Each finding is
 * about one period (a week, a day, a stretch of silence), and the lead hears of each
 * finding about the same period once.
 */
sealed interface Finding {

	AlertKind kind();

	/** The day or week (its Monday) the finding is about; with its kind, its identity. */
	LocalDate period();

	/** The subject line for the lead, naming the volunteer. */
	String subject(String volunteer);

	/** The text for the lead: what Hearth noticed and a gentle suggestion. */
	String body(String volunteer);

	/** No check-in for a whole week the volunteer was serving. */
	record MissedWeek(LocalDate period) implements Finding {

		@Override
		public AlertKind kind() {
			return AlertKind.MISSED_WEEK;
		}

		@Override
		public String subject(String volunteer) {
			return "No check-in from " + volunteer + " for " + Weeks.named(period);
		}

		@Override
		public String body(String volunteer) {
			return volunteer + " hasn't checked in for " + Weeks.named(period)
					+ ". There may be a simple reason. A short, friendly message asking how they are is enough; "
					+ "if you talk, you can log the conversation as their check-in.";
		}

	}

	/** Well-being fell over several check-ins in a row. */
	record FallingWellBeing(LocalDate period, List<WellBeing> trend) implements Finding {

		public FallingWellBeing {
			trend = List.copyOf(trend);
		}

		@Override
		public AlertKind kind() {
			return AlertKind.FALLING_WELL_BEING;
		}

		@Override
		public String subject(String volunteer) {
			return volunteer + "'s well-being has been lower lately";
		}

		@Override
		public String body(String volunteer) {
			return "Over their last " + trend.size() + " check-ins, " + volunteer + "'s well-being went "
					+ trend.stream().map(WellBeing::described).collect(Collectors.joining(", then "))
					+ ". It may help to ask how they are, and whether a debrief or a lighter week would help.";
		}

	}

	/** A check-in said the volunteer is struggling. */
	record LowWellBeing(LocalDate period, WellBeing wellBeing) implements Finding {

		@Override
		public AlertKind kind() {
			return AlertKind.LOW_WELL_BEING;
		}

		@Override
		public String subject(String volunteer) {
			return volunteer + " said they are " + wellBeing.label().toLowerCase();
		}

		@Override
		public String body(String volunteer) {
			return "In their check-in for " + Weeks.named(period) + ", " + volunteer + " said they are "
					+ wellBeing.described() + ". Please reach out soon and gently, and ask what would help.";
		}

	}

	/** More hours in a week than the weekly cap. */
	record HeavyWeek(LocalDate period, BigDecimal hours, BigDecimal cap) implements Finding {

		@Override
		public AlertKind kind() {
			return AlertKind.HEAVY_WEEK;
		}

		@Override
		public String subject(String volunteer) {
			return volunteer + " had a heavy week";
		}

		@Override
		public String body(String volunteer) {
			return volunteer + " served " + Hours.of(hours) + " in " + Weeks.named(period) + ", more than the "
					+ Hours.of(cap)
					+ " a week we suggest. Rest matters, for them and for the people they support; perhaps talk "
					+ "together about a lighter week.";
		}

	}

	/** More hours logged on one day than the daily cap. */
	record LongDay(LocalDate period, BigDecimal hours, BigDecimal cap) implements Finding {

		@Override
		public AlertKind kind() {
			return AlertKind.LONG_DAY;
		}

		@Override
		public String subject(String volunteer) {
			return volunteer + " had a long day";
		}

		@Override
		public String body(String volunteer) {
			return volunteer + " logged " + Hours.of(hours) + " of service on " + Weeks.day(period) + ", more than the "
					+ Hours.of(cap) + " a day we suggest. A word of thanks and a reminder to rest may be welcome.";
		}

	}

	/** No check-in and no logged service since a day. */
	record Silence(LocalDate period, long days) implements Finding {

		@Override
		public AlertKind kind() {
			return AlertKind.SILENCE;
		}

		@Override
		public String subject(String volunteer) {
			return "We haven't heard from " + volunteer + " for a while";
		}

		@Override
		public String body(String volunteer) {
			return "There has been no check-in and no logged service from " + volunteer + " for " + days
					+ " days. A friendly hello may be welcome; they may also want to pause for a while, "
					+ "which is fine.";
		}

	}

}
