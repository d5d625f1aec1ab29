package org.hearth.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why {@code --demo} stopped the start and what to do instead. */
class DemoRefusedFailureAnalyzer extends AbstractFailureAnalyzer<DemoRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DemoRefused cause) {
		return new FailureAnalysis(cause.getMessage(),
				"The demo is for trying Hearth in a data folder of its own: java -jar hearth.jar --demo "
						+ "--hearth.data-dir=hearth-demo. To run this organisation's Hearth, start it without --demo.",
				cause);
	}

}
