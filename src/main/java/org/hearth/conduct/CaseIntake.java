package org.hearth.conduct;

import java.time.Instant;

import org.hearth.audit.AuditLog;

import org.springframework.stereotype.Component;

/** Each report about a subject joins the open case about that subject, or opens one. */
@Component
class CaseIntake {

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
		ConductCase c = cases.findOpen(report.subject()).map(open -> {
			open.join(severity, now);
			cases.update(open);
			return open;
		}).orElseGet(() -> {
			ConductCase opened = cases
				.insert(ConductCase.open(report.subject(), report.category().label(), severity, now));
			audit.record("conduct.case-opened", "conduct-case", opened.id(),
					"Case #" + opened.reference() + " opened (" + severity + ")");
			return opened;
		});
		reports.insert(new Report(report.id(), c.id(), null, report.source(), report.reporter(), report.reporterRole(),
				report.subject(), report.category(), report.whatHappened(), report.excerpts(), report.links(),
				report.happenedAt(), report.reporterSafe(), report.namedToSubject(), report.screeningId(),
				report.filedAt()));
		cases.addEntry(c.id(), CaseEntry.Kind.REPORT, report.category().label() + " reported", report.reporter(),
				filedBy, now);
		return cases.find(c.id()).orElseThrow();
	}

}
