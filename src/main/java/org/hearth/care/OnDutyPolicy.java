package org.hearth.care;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hearth.people.PersonId;

/**
 * Who is on duty at an instant: everyone whose weekly hours cover it, and everyone with a
 * one-off change putting them on duty, except those with a one-off change saying they are
 * away then. A one-off change always wins over the weekly hours.
 */
final class OnDutyPolicy {

	public Set<PersonId> onDutyAt(Instant instant, Collection<DutyHours> hours, Collection<DutyChange> changes) {
		var onDuty = new LinkedHashSet<PersonId>();
		hours.stream().filter(h -> h.covers(instant)).forEach(h -> onDuty.add(h.person()));
		changes.stream().filter(c -> c.onDuty() && c.covers(instant)).forEach(c -> onDuty.add(c.person()));
		changes.stream().filter(c -> !c.onDuty() && c.covers(instant)).forEach(c -> onDuty.remove(c.person()));
		return onDuty;
	}

}
