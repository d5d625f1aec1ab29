package org.hearth.care;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The crisis resources chosen for one person, and why: for their country (and language
 * where known), or the international ones when their country is unknown or has no entry.
 *
 * @param fallback whether these are the international fallback rather than lines for the
 * person's own country
 * @param reason a plain sentence saying how they were chosen
 */
@NamedInterface("web")
public record ResourcePick(List<CrisisResource> resources, boolean fallback, String reason) {

	public ResourcePick {
		resources = List.copyOf(resources);
	}

	/**
	 * Chooses from every resource: the person's country's lines, those in their language
	 * first (and only those when there are some), then the international directory; when
	 * the country is unknown or has none, the international ones alone, said plainly.
	 */
	public static ResourcePick choose(List<CrisisResource> all, String country, String language) {
		List<CrisisResource> international = all.stream().filter(CrisisResource::international).toList();
		if (country == null) {
			return new ResourcePick(international, true,
					"We don't know which country this person is in, so these serve everywhere.");
		}
		List<CrisisResource> national = all.stream().filter(r -> country.equals(r.country())).toList();
		if (national.isEmpty()) {
			return new ResourcePick(international, true, "There is no crisis line for "
					+ CrisisResource.countryName(country) + " in the directory yet, so these serve everywhere.");
		}
		List<CrisisResource> spoken = language == null ? national
				: national.stream().filter(r -> r.language() == null || language.equals(r.language())).toList();
		List<CrisisResource> chosen = new java.util.ArrayList<>(spoken.isEmpty() ? national : spoken);
		chosen.addAll(international);
		String place = CrisisResource.countryName(country);
		String said = spoken.isEmpty() && language != null
				? "Lines for " + place + "; none lists " + CrisisResource.languageName(language) + " yet."
				: "Lines for " + place
						+ (language == null ? "." : " in " + CrisisResource.languageName(language) + ".");
		return new ResourcePick(chosen, false, said);
	}

}
