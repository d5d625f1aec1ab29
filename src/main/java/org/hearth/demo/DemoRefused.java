package org.hearth.demo;

/**
 * {@code --demo} was asked of a database that holds a real organisation; nothing was
 * written.
 */
class DemoRefused extends RuntimeException {

	DemoRefused(String reason) {
		super("The demo organisation was not loaded: " + reason + ". Nothing was written.");
	}

}
