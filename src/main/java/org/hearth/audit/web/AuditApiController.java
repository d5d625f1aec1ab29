package org.hearth.audit.web;

import org.springframework.http.ResponseEntity;
import org.hearth.shared.Paging;
import org.hearth.shared.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hearth.audit.AuditEntry;
import org.hearth.audit.AuditLog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit log", description = "Who changed what, and when (admin); read-only")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/admin/audit")
	@Operation(summary = "Audit entries, newest first, filtered by actor, action, subject and dates (YYYY-MM-DD); a "
			+ "page at a time (page from 1, size up to 200, default 50), the other pages in the Link header")
	ResponseEntity<List<AuditEntry>> entries(AuditController.Filter filter, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size, HttpServletRequest request) {
		return PageLinks.answer(audit.find(filter.query(), Paging.of(page, size)), request);
	}

}
