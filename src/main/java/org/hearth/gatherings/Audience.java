package org.hearth.gatherings;

import java.util.ArrayList;
import java.util.List;

import org.hearth.programs.ProgramId;

/**
 * Who is invited: the volunteers, the lead volunteers and staff of one program, or of
 * every program when {@code program} is {@code null}; staff serve every program.
 */
public record Audience(ProgramId program, boolean volunteers, boolean leads, boolean staff) {

	public boolean anyone() {
		return volunteers || leads || staff;
	}

	/** "volunteers and lead volunteers". */
	public String described() {
		List<String> who = new ArrayList<>();
		if (volunteers) {
			who.add("volunteers");
		}
		if (leads) {
			who.add("lead volunteers");
		}
		if (staff) {
			who.add("staff");
		}
		if (who.isEmpty()) {
			return "nobody";
		}
		if (who.size() == 1) {
			return who.get(0);
		}
		return String.join(", ", who.subList(0, who.size() - 1)) + " and " + who.get(who.size() - 1);
	}

}
