package org.hearth.spaces;

import java.util.List;
import java.util.Set;

import org.hearth.audit.AuditLog;
import org.hearth.people.HearthUser;
import org.hearth.people.Role;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramId;
import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.volunteering.Volunteers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's shared spaces, kept by admins, and the ones each person is shown.
 */
@Service
public class SharedSpaces {

	private final SpaceStore store;

	private final Programs programs;

	private final Volunteers volunteers;

	private final AuditLog audit;

	SharedSpaces(SpaceStore store, Programs programs, Volunteers volunteers, AuditLog audit) {
		this.store = store;
		this.programs = programs;
		this.volunteers = volunteers;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Space> all() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public Space get(SpaceId id) {
		return store.find(id)
			.orElseThrow(() -> new NotFound("There is no such shared space; it may have been removed."));
	}

	/** The spaces this person is shown: those for their role and their programs. */
	@Transactional(readOnly = true)
	public List<Space> forPerson(HearthUser user) {
		Set<ProgramId> theirs = user.role().compareTo(Role.STAFF) >= 0 ? Set.of() : volunteers.programsOf(user.id());
		return store.all().stream().filter(space -> space.audience().includes(user.role(), theirs)).toList();
	}

	@Transactional
	public Space add(Space space) {
		checkProgram(space.audience());
		store.insert(space);
		audit.record("spaces.space-added", "shared-space", space.id(), describe(space));
		return space;
	}

	@Transactional
	public Space change(Space space) {
		get(space.id());
		checkProgram(space.audience());
		store.update(space);
		audit.record("spaces.space-changed", "shared-space", space.id(), describe(space));
		return space;
	}

	@Transactional
	public void remove(SpaceId id, long version) {
		Space space = get(id);
		store.delete(id, version);
		audit.record("spaces.space-removed", "shared-space", id, describe(space));
	}

	private void checkProgram(Audience audience) {
		if (audience.program() != null && programs.program(audience.program()).isEmpty()) {
			throw new RequestRefused("program", "That program does not exist (any more); choose one from the list.");
		}
	}

	private static String describe(Space space) {
		return space.name() + " (" + space.kind().label() + ", " + space.url() + ") for "
				+ space.audience().role().name()
				+ (space.audience().program() == null ? "" : " in program " + space.audience().program().value());
	}

}
