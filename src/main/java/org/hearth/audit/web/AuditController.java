package org.hearth.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditLog;
import org.hearth.audit.AuditQuery;
import org.hearth.shared.PageLinks;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins read and filter the audit log. Nothing here changes it. */
@Controller
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String page(Filter filter, @RequestParam(required = false) String page, @RequestParam(required = false) String size,
			HtmxRequest htmx, HttpServletRequest request, Model model) {
		ResultPage<AuditEntry> entries = audit.find(filter.query(), Paging.of(page, size));
		model.addAttribute("entries", entries.items());
		model.addAttribute("pages", PageLinks.of(entries, request));
		model.addAttribute("actions", audit.actions());
		model.addAttribute("filter", filter);
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest() ? "audit/audit :: entries" : "audit/audit";
	}

	/** The filter as it comes from the page's form or the API's query string. */
	record Filter(String actor, String action, String subjectType, String subjectId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

		AuditQuery query() {
			return new AuditQuery(actor, action, subjectType, subjectId, start("from", from),
					to == null ? null : start("to", to).plus(1, ChronoUnit.DAYS));
		}

		/** The start of a day within the years an audit entry can have been written. */
		private static Instant start(String field, LocalDate date) {
			if (date == null) {
				return null;
			}
			if (date.getYear() < 2000 || date.getYear() > 9999) {
				throw new Paging.Invalid(field,
						"Please give a date between the years 2000 and 9999, like 2026-12-31; no audit entry is older.");
			}
			return date.atStartOfDay(ZoneOffset.UTC).toInstant();
		}

	}

}
