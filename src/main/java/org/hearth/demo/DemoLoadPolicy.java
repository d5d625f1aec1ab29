package org.hearth.demo;

import java.util.List;

/**
 * When {@code --demo} may write: only into a database with no organisation in it. A
 * database that already holds the demo is left as it is; one that holds anything else (a
 * person, a program, a policy or a course that is not the demo's) is refused, so the
 * demo's published password never reaches a real organisation.
 */
final class DemoLoadPolicy {

	private DemoLoadPolicy() {
	}

	/** What the database holds before the demo is loaded. */
	record Contents(List<String> emails, int programs, int policies, int courses) {

		Contents {
			emails = List.copyOf(emails);
		}

		boolean empty() {
			return emails.isEmpty() && programs == 0 && policies == 0 && courses == 0;
		}

	}

	/** The answer, with the reason when it is a refusal. */
	sealed interface Decision {

		/** An empty database: load everything. */
		record Load() implements Decision {
		}

		/** The demo is there already: change nothing. */
		record AlreadyLoaded() implements Decision {
		}

		/** Something else is there: write nothing. */
		record Refuse(String reason) implements Decision {
		}

	}

	static Decision decide(Contents contents) {
		if (contents.emails().stream().anyMatch(email -> email.equalsIgnoreCase(DemoOrganisation.ADMIN))) {
			return new Decision.AlreadyLoaded();
		}
		if (contents.empty()) {
			return new Decision.Load();
		}
		return new Decision.Refuse("this database already holds an organisation (" + describe(contents) + ")");
	}

	private static String describe(Contents contents) {
		var parts = new java.util.ArrayList<String>();
		if (!contents.emails().isEmpty()) {
			parts.add(count(contents.emails().size(), "person", "people") + ", such as " + contents.emails().get(0));
		}
		if (contents.programs() > 0) {
			parts.add(count(contents.programs(), "program", "programs"));
		}
		if (contents.policies() > 0) {
			parts.add(count(contents.policies(), "policy", "policies"));
		}
		if (contents.courses() > 0) {
			parts.add(count(contents.courses(), "course", "courses"));
		}
		return String.join(", ", parts);
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

}
