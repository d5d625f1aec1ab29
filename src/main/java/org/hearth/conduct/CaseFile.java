package org.hearth.conduct;

import java.util.List;

import org.hearth.conduct.CaseStore.Warning;
import org.hearth.conduct.FeedbackDesk.FeedbackView;
import org.hearth.people.Access;
import org.hearth.volunteering.ServiceRecordEntry;

import org.springframework.modulith.NamedInterface;

/**
 * Everything staff need to review a case individually: the reports with who raised them,
 * the log, the decisions and what the volunteer said back, and the volunteer's history.
 */
@NamedInterface("web")
public record CaseFile(ConductCase theCase, String subjectName, String subjectEmail, Access subjectAccess,
		String assigneeName, List<StaffReport> reports, List<CaseEntry> entries, History history) {

	/** A report as staff see it, with its reporter. */
	public record StaffReport(Report report, String reporterName) {
	}

	/**
	 * The volunteer's history: their lead, earlier cases, warnings, feedback and service
	 * record.
	 */
	public record History(String leadName, List<CaseSummary> otherCases, List<Warning> warnings,
			List<FeedbackView> feedback, List<ServiceRecordEntry> serviceRecord) {

		static History none() {
			return new History(null, List.of(), List.of(), List.of(), List.of());
		}

	}

	public boolean suspended() {
		return subjectAccess == Access.SUSPENDED;
	}

}
