package org.hearth.programs.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hearth.programs.Commitment;
import org.hearth.programs.CommitmentPeriod;
import org.hearth.programs.CommitmentUnit;
import org.hearth.programs.Platform;
import org.hearth.programs.Program;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.Requirements;

/**
 * The forms and request bodies for setting up programs, roles and policies, shared by
 * pages and API.
 */
final class ProgramForms {

	private ProgramForms() {
	}

	record ProgramForm(@NotBlank(message = "Give the program a name.") @Size(max = 120) String name,
			@Size(max = 4000) String description, @NotNull(message = "Choose a platform.") Platform platform,
			Long version) {

		static ProgramForm of(Program program) {
			return new ProgramForm(program.name(), program.description(), program.platform(), program.version());
		}

		static ProgramForm empty() {
			return new ProgramForm("", "", Platform.DISCORD, null);
		}

	}

	/**
	 * A role with its commitment and requirements; courses and policies are
	 * comma-separated in the form, lists in the API.
	 */
	record RoleForm(@NotBlank(message = "Give the role a name.") @Size(max = 120) String name,
			@Size(max = 4000) String description,
			@NotNull(message = "How many months does the role ask for?") @Min(value = 1,
					message = "At least one month.") @Max(value = 60,
							message = "At most 60 months.") Integer commitmentMonths,
			@NotNull(message = "How many hours or sessions each time?") @DecimalMin(value = "0.25",
					message = "At least a quarter.") @DecimalMax(value = "999",
							message = "At most 999.") BigDecimal commitmentAmount,
			@NotNull(message = "Choose hours or sessions.") CommitmentUnit commitmentUnit,
			@NotNull(message = "Choose how often.") CommitmentPeriod commitmentPeriod, Set<String> courses,
			Boolean backgroundCheck,
			@Min(value = 1, message = "At least one month.") @Max(value = 120,
					message = "At most 120 months.") Integer backgroundCheckValidityMonths,
			Set<String> policies, @Min(value = 13, message = "Hearth’s minimum is 13.") @Max(value = 120,
					message = "At most 120.") Integer minimumAge,
			Long version) {

		static RoleForm of(ProgramRole role) {
			Requirements r = role.requirements();
			return new RoleForm(role.name(), role.description(), role.commitment().months(), role.commitment().amount(),
					role.commitment().unit(), role.commitment().period(), r.courses(), r.backgroundCheck(),
					r.backgroundCheckValidityMonths(), r.policies(), r.minimumAge(), role.version());
		}

		static RoleForm empty() {
			return new RoleForm("", "", 6, BigDecimal.valueOf(3), CommitmentUnit.HOURS, CommitmentPeriod.WEEK, Set.of(),
					false, null, Set.of(), null, null);
		}

		Commitment commitment() {
			return new Commitment(commitmentMonths, commitmentAmount, commitmentUnit, commitmentPeriod);
		}

		Requirements requirements() {
			return new Requirements(clean(courses), Boolean.TRUE.equals(backgroundCheck), backgroundCheckValidityMonths,
					clean(policies), minimumAge);
		}

		private static Set<String> clean(Set<String> values) {
			var result = new LinkedHashSet<String>();
			if (values != null) {
				values.stream()
					.flatMap(value -> Arrays.stream(value.split(",")))
					.map(String::strip)
					.filter(value -> !value.isEmpty())
					.forEach(result::add);
			}
			return result;
		}

	}

	/**
	 * A new policy; its key is checked with the other fields, so a key written wrongly is
	 * told at once, not after the text is filled in.
	 */
	record PolicyForm(@NotBlank(message = "Give the policy a short key, like code-of-conduct.") @Pattern(
			regexp = "\\s*|\\s*" + Policies.POLICY_KEY_FORMAT + "\\s*", message = Policies.POLICY_KEY_HINT) String key,
			@NotBlank(message = "Give the policy a title.") @Size(max = 160) String title,
			@NotBlank(message = "Write the policy’s text.") String body) {
	}

	record VersionForm(@NotBlank(message = "Write the new version’s text.") String body,
			@NotBlank(message = "Say in a line what changed, so volunteers know what to read.") @Size(
					max = 400) String summaryOfChanges) {
	}

}
