package org.hearth.volunteering;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much service a commitment asks for each week, read from its frequency: 3 hours a
 * week is 3 hours; 2 shifts a week is 2 sessions; 1 on-call shift a week is 1 session.
 */
public record Pace(BigDecimal perWeek, ServiceUnit unit) {

	private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(.*)");

	public static Pace of(String frequency) {
		String text = frequency == null ? "" : frequency.strip().toLowerCase(Locale.ROOT);
		Matcher matcher = AMOUNT.matcher(text);
		BigDecimal amount = BigDecimal.ONE;
		String rest = text;
		if (matcher.matches()) {
			amount = new BigDecimal(matcher.group(1).replace(',', '.'));
			rest = matcher.group(2);
		}
		ServiceUnit unit = rest.startsWith("hour") || rest.startsWith("hr") ? ServiceUnit.HOURS : ServiceUnit.SESSIONS;
		if (rest.contains("a month") || rest.contains("per month")) {
			amount = amount.multiply(BigDecimal.valueOf(12))
				.divide(BigDecimal.valueOf(52), 2, java.math.RoundingMode.HALF_UP);
		}
		return new Pace(amount, unit);
	}

}
