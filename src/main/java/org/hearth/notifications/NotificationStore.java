package org.hearth.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.notifications.Notification.Topic;
import org.hearth.notifications.Notification.Urgency;
import org.hearth.people.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored notifications and each person's delivery choices. Every read and every change of
 * a notification names its recipient, so nobody reaches another person's list.
 */
@Repository
class NotificationStore {

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	NotificationId insert(Notification notification, Delivery delivery, Instant now) {
		var id = new NotificationId(UUID.randomUUID());
		jdbc.sql("""
				insert into notification (id, recipient_id, topic, urgency, subject, body, link, delivery, created_at)
				values (:id, :recipient, :topic, :urgency, :subject, :body, :link, :delivery, :now)""")
			.param("id", id.value())
			.param("recipient", notification.recipient().value())
			.param("topic", notification.topic().name())
			.param("urgency", notification.urgency().name())
			.param("subject", notification.subject())
			.param("body", notification.body())
			.param("link", notification.link())
			.param("delivery", delivery.name())
			.param("now", Timestamp.from(now))
			.update();
		return id;
	}

	List<InboxEntry> recent(PersonId recipient, int limit, int offset) {
		return jdbc.sql("""
				select * from notification where recipient_id = :recipient
				order by created_at desc, id limit :limit offset :offset""")
			.param("recipient", recipient.value())
			.param("limit", limit)
			.param("offset", offset)
			.query(NotificationStore::entry)
			.list();
	}

	Optional<InboxEntry> find(NotificationId id, PersonId recipient) {
		return jdbc.sql("select * from notification where id = :id and recipient_id = :recipient")
			.param("id", id.value())
			.param("recipient", recipient.value())
			.query(NotificationStore::entry)
			.optional();
	}

	long unread(PersonId recipient) {
		return jdbc.sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
			.param("recipient", recipient.value())
			.query(Long.class)
			.single();
	}

	/** Whether the notification is the recipient's; marks it read if it was unread. */
	boolean markRead(NotificationId id, PersonId recipient, Instant now) {
		jdbc.sql("""
				update notification set read_at = :now
				where id = :id and recipient_id = :recipient and read_at is null""")
			.param("now", Timestamp.from(now))
			.param("id", id.value())
			.param("recipient", recipient.value())
			.update();
		return find(id, recipient).isPresent();
	}

	int markAllRead(PersonId recipient, Instant now) {
		return jdbc.sql("update notification set read_at = :now where recipient_id = :recipient and read_at is null")
			.param("now", Timestamp.from(now))
			.param("recipient", recipient.value())
			.update();
	}

	Map<Topic, Delivery> preferences(PersonId person) {
		var chosen = new EnumMap<Topic, Delivery>(Topic.class);
		jdbc.sql("select topic, delivery from notification_preference where person_id = :person")
			.param("person", person.value())
			.query((rs, row) -> Map.entry(Topic.valueOf(rs.getString("topic")),
					Delivery.valueOf(rs.getString("delivery"))))
			.list()
			.forEach(entry -> chosen.put(entry.getKey(), entry.getValue()));
		return chosen;
	}

	void choose(PersonId person, Topic topic, Delivery delivery) {
		jdbc.sql("""
				insert into notification_preference (person_id, topic, delivery) values (:person, :topic, :delivery)
				on conflict (person_id, topic) do update set delivery = excluded.delivery""")
			.param("person", person.value())
			.param("topic", topic.name())
			.param("delivery", delivery.name())
			.update();
	}

	/**
	 * The people with notifications waiting for a digest, created before {@code cutoff}.
	 */
	List<PersonId> awaitingDigest(Instant cutoff) {
		return jdbc.sql("""
				select distinct recipient_id from notification
				where delivery = 'DIGEST' and digested_at is null and created_at < :cutoff""")
			.param("cutoff", Timestamp.from(cutoff))
			.query((rs, row) -> new PersonId(rs.getObject("recipient_id", UUID.class)))
			.list();
	}

	/**
	 * Takes one person's notifications waiting for a digest, locked so that no other
	 * instance gathers them too; rows another instance holds are skipped.
	 */
	List<InboxEntry> takeForDigest(PersonId recipient, Instant cutoff, Instant now) {
		var entries = jdbc.sql("""
				select * from notification
				where recipient_id = :recipient and delivery = 'DIGEST' and digested_at is null and created_at < :cutoff
				order by created_at, id
				for update skip locked""")
			.param("recipient", recipient.value())
			.param("cutoff", Timestamp.from(cutoff))
			.query(NotificationStore::entry)
			.list();
		if (!entries.isEmpty()) {
			jdbc.sql("update notification set digested_at = :now where id in (:ids)")
				.param("now", Timestamp.from(now))
				.param("ids", entries.stream().map(entry -> entry.id().value()).toList())
				.update();
		}
		return entries;
	}

	private static InboxEntry entry(ResultSet rs, int row) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new InboxEntry(new NotificationId(rs.getObject("id", UUID.class)), Topic.valueOf(rs.getString("topic")),
				Urgency.valueOf(rs.getString("urgency")), rs.getString("subject"), rs.getString("body"),
				rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
				read == null ? null : read.toInstant());
	}

}
