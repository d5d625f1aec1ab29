package org.hearth;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * How long the tests wait for what happens after a commit (an e-mail through the outbox,
 * an event handed to another module). Awaitility's own ten seconds were too short on a
 * two-core build machine running the whole suite: e-mails arrived, late, after the test
 * had failed. A test that waits asks for the outcome, not for a speed; speed is measured
 * by the benchmarks. Registered for every test class through extension auto-detection.
 */
public class AwaitilityDefaults implements BeforeAllCallback {

	static final Duration PATIENCE = Duration.ofSeconds(60);

	@Override
	public void beforeAll(ExtensionContext context) {
		Awaitility.setDefaultTimeout(PATIENCE);
		Awaitility.setDefaultPollInterval(Duration.ofMillis(100));
	}

}
