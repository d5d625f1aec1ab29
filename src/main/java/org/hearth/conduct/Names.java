package org.hearth.conduct;

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

	String of(PersonId id) {
		return id == null ? null : person(id).map(PersonSummary::displayName).orElse("Someone no longer in Hearth");
	}

	Optional<PersonSummary> person(PersonId id) {
		return id == null ? Optional.empty() : accounts.find(id);
	}

	String subject(Subject subject) {
		return switch (subject.kind()) {
			case VOLUNTEER -> of(subject.volunteer());
			case MEMBER -> "Member " + subject.reference();
			case CONVERSATION -> "Conversation " + subject.reference();
		};
	}

}
