package org.hearth;

import java.util.List;
import java.util.Optional;

import org.hearth.screening.WordingCheck;
import org.hearth.volunteering.Volunteers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/**
 * REMOVE AT MERGE. The volunteering and screening modules implement {@link Volunteers} and
 * {@link WordingCheck} on their own branches; until they are merged, these inert stand-ins let the
 * shared test context start (they know no leads and find no wording concerns). They are fallbacks,
 * so the real beans win once they exist. Tests that rely on either contract mock it themselves
 * ({@code org.hearth.conduct.ConductTest}).
 */
@Configuration(proxyBeanMethods = false)
class StandInsUntilMerge {

	@Bean
	@Fallback
	Volunteers standInVolunteers() {
		return new Volunteers() {

			@Override
			public Optional<org.hearth.people.PersonId> leadFor(org.hearth.people.PersonId volunteer) {
				return Optional.empty();
			}

			@Override
			public boolean leads(org.hearth.people.PersonId lead, org.hearth.people.PersonId volunteer) {
				return false;
			}

			@Override
			public List<org.hearth.people.PersonId> ledBy(org.hearth.people.PersonId lead) {
				return List.of();
			}

			@Override
			public List<org.hearth.volunteering.ServiceRecordEntry> serviceRecord(org.hearth.people.PersonId volunteer) {
				return List.of();
			}

		};
	}

	@Bean
	@Fallback
	WordingCheck standInWordingCheck() {
		return text -> List.of();
	}

}
