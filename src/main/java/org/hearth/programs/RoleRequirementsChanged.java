package org.hearth.programs;

/** An admin changed what a program role requires. */
public record RoleRequirementsChanged(ProgramRoleId role, Requirements before, Requirements after) {
}
