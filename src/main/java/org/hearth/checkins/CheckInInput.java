package org.hearth.checkins;

import java.math.BigDecimal;

/**
 * What a check-in says, as the volunteer (or their lead, after a conversation) writes it.
 *
 * @param weighed what weighed on the volunteer this week
 * @param boundaries the boundaries they want to keep
 */
public record CheckInInput(WellBeing wellBeing, BigDecimal hours, String weighed, String boundaries,
		boolean wantsDebrief) {
}
