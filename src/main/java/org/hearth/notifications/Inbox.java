package org.hearth.notifications;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hearth.notifications.Notification.Topic;
import org.hearth.people.PersonId;
import org.hearth.shared.NotFound;
import org.hearth.shared.Paging;
import org.hearth.shared.ResultPage;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notifications and how they want to hear about each topic. Everything
 * here acts for the person asking and only on their own notifications: another person's
 * notification is not found, whoever asks.
 */
@NamedInterface("web")
@Service
public class Inbox {

	/** The list shows this many of the latest notifications. */
	public static final int LIST_SIZE = 100;

	private final NotificationStore store;

	private final Clock clock;

	Inbox(NotificationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<InboxEntry> latest(PersonId me) {
		return store.recent(me, LIST_SIZE, 0);
	}

	/** How many notifications a page of the list shows unless asked for another size. */
	public static final int PAGE_SIZE = 25;

	/** A page of the person's notifications, newest first. */
	@Transactional(readOnly = true)
	public ResultPage<InboxEntry> page(PersonId me, Paging paging) {
		return paging.pageOf(store.recent(me, paging.fetch(), paging.offset()));
	}

	@Transactional(readOnly = true)
	public long unread(PersonId me) {
		return store.unread(me);
	}

	@Transactional
	public InboxEntry markRead(NotificationId id, PersonId me) {
		if (!store.markRead(id, me, clock.instant())) {
			throw new NotFound("There is no such notification for you.");
		}
		return store.find(id, me).orElseThrow();
	}

	@Transactional
	public int markAllRead(PersonId me) {
		return store.markAllRead(me, clock.instant());
	}

	/** Marks the notification read and gives the path it points to, if it has one. */
	@Transactional
	public Optional<String> open(NotificationId id, PersonId me) {
		return Optional.ofNullable(markRead(id, me).link());
	}

	/** The person's choice for every topic, e-mail at once where they made none. */
	@Transactional(readOnly = true)
	public Map<Topic, Delivery> preferences(PersonId me) {
		var chosen = store.preferences(me);
		var all = new EnumMap<Topic, Delivery>(Topic.class);
		for (Topic topic : Topic.values()) {
			all.put(topic, chosen.getOrDefault(topic, Delivery.EMAIL));
		}
		return all;
	}

	@Transactional
	public void choose(PersonId me, Map<Topic, Delivery> choices) {
		choices.forEach((topic, delivery) -> store.choose(me, topic, delivery));
	}

}
