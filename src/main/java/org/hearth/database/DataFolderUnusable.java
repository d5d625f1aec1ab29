package org.hearth.database;

import java.nio.file.Path;

/**
 * The embedded database cannot be started in the data folder, for a reason the person
 * running Hearth can act on: another Hearth is using the folder, or its password file is
 * missing. Reported at start-up as what happened and what to do, without a stack trace.
 */
class DataFolderUnusable extends RuntimeException {

	private final String action;

	DataFolderUnusable(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	/** Another running Hearth holds the folder's lock. */
	static DataFolderUnusable inUse(Path folder, String holder) {
		String who = holder.isBlank() ? "Another Hearth" : "Another Hearth (process " + holder + ")";
		return new DataFolderUnusable(who + " is running with the data folder " + folder + ".",
				"Stop that Hearth first, then run this again; create-admin and --demo need the server stopped. "
						+ "To run a second Hearth beside it, give it a data folder of its own with --hearth.data-dir=<folder>.",
				null);
	}

	String action() {
		return this.action;
	}

}
