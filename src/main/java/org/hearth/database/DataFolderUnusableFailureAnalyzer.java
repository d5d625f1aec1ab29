package org.hearth.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link DataFolderUnusable} into Spring Boot's start-up report: what happened and
 * what to do, instead of a stack trace.
 */
class DataFolderUnusableFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderUnusable> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataFolderUnusable cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
