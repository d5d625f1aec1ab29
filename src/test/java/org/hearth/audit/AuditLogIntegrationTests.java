package org.hearth.audit;

import org.junit.jupiter.api.Test;

import org.hearth.HearthTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HearthTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsSystemAsActorWhenNobodyIsSignedIn() {
		audit.record("test.happened", "thing", "t-1", "details");

		assertThat(audit.find(new AuditQuery(null, "test.happened", null, "t-1", null, null), 5)).singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo("system");
				assertThat(entry.details()).isEqualTo("details");
			});
	}

	@Test
	void refusesToUpdateOrDeleteAnEntry() {
		audit.record("test.kept", "thing", "t-2", "original");

		assertThatThrownBy(
				() -> jdbc.sql("update audit_entry set details = 'changed' where subject_id = 't-2'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where subject_id = 't-2'").update())
			.hasMessageContaining("append-only");
		assertThat(audit.find(new AuditQuery(null, null, null, "t-2", null, null), 5)).singleElement()
			.extracting(AuditEntry::details)
			.isEqualTo("original");
	}

	@Test
	void filtersByActorPartAndSubjectType() {
		audit.record("test.filtered", "other-thing", "t-3", "x");

		assertThat(audit.find(new AuditQuery("SYST", "test.filtered", "other-thing", null, null, null), 5)).hasSize(1);
		assertThat(audit.find(new AuditQuery("nobody-like-this", "test.filtered", null, null, null, null), 5))
			.isEmpty();
	}

	@Test
	void searchesForTheActorsWordsAsWrittenNotAsWildcards() {
		audit.record("test.literal", "thing", "t-4", "x");

		assertThat(audit.find(new AuditQuery("syst", "test.literal", null, null, null, null), 5)).hasSize(1);
		assertThat(audit.find(new AuditQuery("sys_em", "test.literal", null, null, null, null), 5)).isEmpty();
		assertThat(audit.find(new AuditQuery("%", "test.literal", null, null, null, null), 5)).isEmpty();
		assertThat(audit.find(new AuditQuery("\\", "test.literal", null, null, null, null), 5)).isEmpty();
	}

}
