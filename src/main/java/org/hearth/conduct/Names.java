package org.hearth.conduct;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.hearth.people.Accounts;
import org.hearth.people.PersonId;
import org.hearth.people.PersonSummary;

import org.springframework.stereotype.Component;

/** The names the desk shows for people it refers to by id. */
@Component
class Names {

	private final Accounts accounts;

	Names(Accounts accounts) {
		this.accounts = accounts;
	}

	static final String GONE = "Someone no longer in Hearth";

	String of(PersonId id) {
		return id == null ? null : person(id).map(PersonSummary::displayName).orElse(GONE);
	}

	/** The names of everyone a page refers to, looked up together. */
	Batch of(Collection<PersonId> ids) {
		return new Batch(accounts.namesOf(ids));
	}

	Optional<PersonSummary> person(PersonId id) {
		return id == null ? Optional.empty() : accounts.find(id);
	}

	String subject(Subject subject) {
		return subject.kind() == SubjectKind.VOLUNTEER ? of(subject.volunteer()) : outsider(subject);
	}

	private static String outsider(Subject subject) {
		return switch (subject.kind()) {
			case VOLUNTEER -> throw new IllegalArgumentException("A volunteer is named from their account");
			case MEMBER -> "Member " + subject.reference();
			case CONVERSATION -> "Conversation " + subject.reference();
		};
	}

	/** Names looked up once for a whole page. */
	record Batch(Map<PersonId, String> names) {

		String of(PersonId id) {
			return id == null ? null : names.getOrDefault(id, GONE);
		}

		String subject(Subject subject) {
			return subject.kind() == SubjectKind.VOLUNTEER ? of(subject.volunteer()) : outsider(subject);
		}

	}

}
