package org.hearth.checkins;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/** Hours as people read them: "2.5 hours", "1 hour". */
@NamedInterface("web")
public final class Hours {

	private Hours() {
	}

	public static String of(BigDecimal hours) {
		String number = number(hours);
		return number + (BigDecimal.ONE.compareTo(hours) == 0 ? " hour" : " hours");
	}

	public static String number(BigDecimal hours) {
		return hours.stripTrailingZeros().toPlainString();
	}

}
