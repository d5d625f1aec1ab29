package org.hearth.care;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.hearth.shared.RequestRefused;

import org.springframework.modulith.NamedInterface;

/**
 * A crisis line or professional service people can reach now: where it serves (a country,
 * or everywhere when {@code country} is {@code null}), in which language ({@code null}
 * for any), how to reach it, when it answers, and the day someone last checked it.
 */
@NamedInterface("web")
public record CrisisResource(CrisisResourceId id, String country, String language, String name, String phone,
		String textNumber, String url, String hours, String description, LocalDate checkedOn, long version) {

	/** The parts of an entry the directory refuses. */
	public enum Part implements RequestRefused.Part {

		COUNTRY, LANGUAGE, NAME, PHONE, TEXT_NUMBER, ADDRESS, HOURS, DESCRIPTION, CHECKED_ON

	}

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final Pattern NUMBER = Pattern.compile("[0-9 +()\\-]{2,40}");

	public CrisisResource {
		Objects.requireNonNull(id, "id");
		country = country(country);
		language = language(language);
		name = required(Part.NAME, name, 160, "Give the service's name.");
		phone = number(Part.PHONE, phone);
		textNumber = number(Part.TEXT_NUMBER, textNumber);
		url = blankToNull(url);
		if (url != null && (!url.startsWith("https://") || url.length() > 300 || url.contains(" "))) {
			throw new RequestRefused(Part.ADDRESS, "Give the service's address starting with https://.");
		}
		if (phone == null && textNumber == null && url == null) {
			throw new RequestRefused(Part.PHONE,
					"Give at least one way to reach the service: a phone number, a text " + "number or a web address.");
		}
		hours = required(Part.HOURS, hours, 120, "Say when it answers, such as \"24 hours, every day\".");
		description = required(Part.DESCRIPTION, description, 1000, "Say in a sentence whom it helps and how.");
		if (checkedOn == null) {
			throw new RequestRefused(Part.CHECKED_ON, "Give the day you last checked this entry.");
		}
	}

	/**
	 * Whether it serves every country: the fallback when a member's country is unknown.
	 */
	public boolean international() {
		return country == null;
	}

	/** A two-letter country code in capitals, or {@code null} for everywhere. */
	public static String country(String value) {
		String code = blankToNull(value);
		if (code == null) {
			return null;
		}
		code = code.toUpperCase(Locale.ROOT);
		if (!COUNTRY.matcher(code).matches()) {
			throw new RequestRefused(Part.COUNTRY, "Use a two-letter country code such as US, GB or AU.");
		}
		return code;
	}

	private static final java.util.Set<String> ISO_COUNTRIES = java.util.Set.of(Locale.getISOCountries());

	/**
	 * A country code someone gives now (a form, a query): as {@link #country(String)},
	 * and one that ISO 3166 assigns, so a typo such as ZZ is refused rather than kept as
	 * a country with no lines. Stored entries are read with the shape check alone.
	 */
	public static String knownCountry(String value) {
		String code = country(value);
		if (code != null && !ISO_COUNTRIES.contains(code)) {
			throw new RequestRefused(Part.COUNTRY, code + " is not a country code we know. Use the two-letter ISO code "
					+ "of the country, such as US, GB or AU, or leave it empty if you don't know it.");
		}
		return code;
	}

	/** The country's name in English, such as "United Kingdom" for GB. */
	public static String countryName(String code) {
		String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
		return name.isBlank() || name.equals(code) ? code : name;
	}

	/** The language's name in English, such as "English" for en. */
	public static String languageName(String code) {
		String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
		return name.isBlank() || name.equals(code) ? code : name;
	}

	/** A two- or three-letter language code in lower case, or {@code null} for any. */
	public static String language(String value) {
		String code = blankToNull(value);
		if (code == null) {
			return null;
		}
		code = code.toLowerCase(Locale.ROOT);
		if (!LANGUAGE.matcher(code).matches()) {
			throw new RequestRefused(Part.LANGUAGE, "Use a language code such as en, es or fr.");
		}
		return code;
	}

	private static String number(Part field, String value) {
		String number = blankToNull(value);
		if (number != null && !NUMBER.matcher(number).matches()) {
			throw new RequestRefused(field, "Use digits, spaces, +, - and brackets only.");
		}
		return number;
	}

	private static String required(Part field, String value, int max, String message) {
		String text = blankToNull(value);
		if (text == null) {
			throw new RequestRefused(field, message);
		}
		if (text.length() > max) {
			throw new RequestRefused(field, "Please keep it under " + max + " characters.");
		}
		return text;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
