package org.hearth.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hearth.people.PersonId;

import org.springframework.modulith.NamedInterface;

/**
 * One recording of a person's background check: status, the provider's reference and when
 * it expires.
 */
@NamedInterface("web")
public record BackgroundCheck(UUID id, PersonId person, BackgroundCheckStatus status, String providerReference,
		LocalDate expiresOn, Instant recordedAt, String recordedBy) {

	/** Whether the check is clear and still valid on the day. */
	public boolean clearOn(LocalDate day) {
		return status == BackgroundCheckStatus.CLEAR && expiresOn != null && !day.isAfter(expiresOn);
	}

}
