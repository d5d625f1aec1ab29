package org.hearth.audit.web;

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
	@Operation(summary = "Audit entries, newest first, filtered by actor, action, subject and dates (YYYY-MM-DD)")
	List<AuditEntry> entries(AuditController.Filter filter, @RequestParam(defaultValue = "200") int limit) {
		return audit.find(filter.query(), limit);
	}

}
