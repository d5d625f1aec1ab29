package org.hearth.conduct;

import java.time.Instant;
import java.util.Optional;

import org.hearth.audit.AuditLog;
import org.hearth.screening.Severity;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Each report about a subject joins the open case about that subject, or opens one.
 * Reports about one subject filed at the same moment, on one instance or several, end up
 * on one case: the open case is locked while a report joins it, and the database keeps a
 * second case from being opened beside it.
 */
@Component
class CaseIntake {

	/**
	 * How often a report looks again for the open case after another report opened it at
	 * the same moment; a second look finds it unless staff decided it in between.
	 */
	static final int ATTEMPTS = 5;

	private final CaseStore cases;

	private final ReportStore reports;

	private final AuditLog audit;

	CaseIntake(CaseStore cases, ReportStore reports, AuditLog audit) {
		this.cases = cases;
		this.reports = reports;
		this.audit = audit;
	}

	/** Files the report on a case and returns the case as it now stands. */
	ConductCase intake(Report report, Severity severity, String filedBy, Instant now) {
		ConductCase c = caseFor(report, severity, now);
		reports.insert(report.onCase(c.id()));
		cases.addEntry(c.id(), CaseEntry.Kind.REPORT, report.category().label() + " reported", report.reporter(),
				filedBy, now);
		return cases.find(c.id()).orElseThrow();
	}

	private ConductCase caseFor(Report report, Severity severity, Instant now) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<ConductCase> open = cases.findOpenForReport(report.subject());
			if (open.isPresent()) {
				ConductCase joined = open.get();
				joined.join(severity, report.category().label(), now);
				cases.update(joined);
				return joined;
			}
			Optional<ConductCase> opened = cases
				.insert(ConductCase.open(report.subject(), report.category().label(), severity, now));
			if (opened.isPresent()) {
				audit.record("conduct.case-opened", "conduct-case", opened.get().id(),
						"Case #" + opened.get().reference() + " opened (" + severity + ")");
				return opened.get();
			}
		}
		throw new OptimisticLockingFailureException("The open case about this subject kept changing while a report "
				+ "was filed; the report was not saved. Try again.");
	}

}
