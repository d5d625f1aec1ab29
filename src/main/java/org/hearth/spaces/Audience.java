package org.hearth.spaces;

import java.util.List;
import java.util.Set;

import org.hearth.people.Role;
import org.hearth.programs.ProgramId;
import org.hearth.shared.RequestRefused;

/**
 * Whom a shared space or an announcement is for: everyone with a role or above (each role
 * includes the ones below it), and, when a program is named, only the people serving in
 * it or leading its volunteers. Staff and admins see everything whatever the program.
 *
 * @param role the lowest role it is for
 * @param program the one program it is for, or {@code null} for the whole organisation
 */
public record Audience(Role role, ProgramId program) {

	/** The parts of an audience it refuses. */
	public enum Part implements RequestRefused.Part {

		ROLE, PROGRAM

	}

	/** The roles an audience may name, lowest first. */
	public static final List<Role> ROLES = List.of(Role.APPLICANT, Role.VOLUNTEER, Role.LEAD, Role.STAFF);

	public Audience {
		if (role == null || !ROLES.contains(role)) {
			throw new RequestRefused(Part.ROLE, "Choose whom it is for: everyone, volunteers, leads or staff.");
		}
		if (role == Role.STAFF && program != null) {
			throw new RequestRefused(Part.PROGRAM,
					"Staff work across every program; leave the program empty for staff.");
		}
	}

	/**
	 * Whether a person with this role, serving in or leading these programs, is in it.
	 */
	public boolean includes(Role personRole, Set<ProgramId> programs) {
		if (personRole.compareTo(role) < 0) {
			return false;
		}
		return program == null || personRole.compareTo(Role.STAFF) >= 0 || programs.contains(program);
	}

	/**
	 * Whether a person with this role is told of an announcement for this audience,
	 * rather than only seeing it: staff and admins see every announcement but are told
	 * only of those for staff.
	 */
	boolean told(Role personRole) {
		return personRole.compareTo(role) >= 0 && (role == Role.STAFF || personRole.compareTo(Role.STAFF) < 0);
	}

	/** Whom it is for, in words, such as "Volunteers and everyone above". */
	public String describe(String programName) {
		String who = switch (role) {
			case APPLICANT -> "Everyone";
			case VOLUNTEER -> "Volunteers and leads";
			case LEAD -> "Leads";
			default -> "Staff";
		};
		return programName == null ? who : who + " in " + programName;
	}

	/** The label of a role as a choice of audience. */
	public static String label(Role role) {
		return new Audience(role, null).describe(null);
	}

}
