package org.hearth.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the event publication registry for deliveries that stay stuck, and remembers
 * which of them staff were told about, so each is reported once across instances.
 */
@Repository
class DeliveryStore {

	private final JdbcClient jdbc;

	DeliveryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Incomplete deliveries that failed at least {@code retries} retries, or that were
	 * published before {@code before} and are still not done, and that nobody was told
	 * about yet.
	 */
	List<StuckDelivery> stuckUnreported(int retries, Instant before) {
		return jdbc
			.sql("""
					select p.id, p.event_type, p.listener_id, p.publication_date, coalesce(p.completion_attempts, 0) as retries
					from event_publication p
					where p.completion_date is null
					  and (coalesce(p.completion_attempts, 0) >= :retries or p.publication_date < :before)
					  and not exists (select 1 from event_delivery_alert a where a.publication_id = p.id)
					order by p.publication_date
					limit 100""")
			.param("retries", retries)
			.param("before", Timestamp.from(before))
			.query((rs, row) -> new StuckDelivery(rs.getObject("id", UUID.class), rs.getString("event_type"),
					rs.getString("listener_id"), rs.getTimestamp("publication_date").toInstant(), rs.getInt("retries")))
			.list();
	}

	/**
	 * Records that staff are being told about the delivery; false when another instance
	 * already did.
	 */
	boolean markReported(UUID publication, Instant at) {
		return jdbc.sql("""
				insert into event_delivery_alert (publication_id, alerted_at) values (:id, :at)
				on conflict do nothing""").param("id", publication).param("at", Timestamp.from(at)).update() == 1;
	}

}
