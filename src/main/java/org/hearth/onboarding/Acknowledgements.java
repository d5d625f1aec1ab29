package org.hearth.onboarding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.hearth.shared.NotFound;
import org.hearth.shared.RequestRefused;
import org.hearth.audit.AuditLog;
import org.hearth.people.PersonId;
import org.hearth.programs.PolicyDocument;
import org.hearth.programs.Policies;
import org.hearth.programs.Programs;
import org.hearth.programs.ProgramRole;
import org.hearth.programs.ProgramRoleId;
import org.hearth.volunteering.ServiceRecords;
import org.hearth.volunteering.ServingRoles;
import org.hearth.volunteering.ServingRoles.RoleServed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy acknowledgements: a person acknowledges the current version of a policy
 * document; a new version asks every volunteer in service whose role requires it again,
 * and staff see who has not.
 */
@Service
public class Acknowledgements {

	private final AcknowledgementStore store;

	private final Programs catalog;

	private final Policies policies;

	private final ServingRoles serving;

	private final ServiceRecords records;

	private final AuditLog audit;

	private final Clock clock;

	Acknowledgements(AcknowledgementStore store, Programs catalog, Policies policies, ServingRoles serving,
			ServiceRecords records, AuditLog audit, Clock clock) {
		this.store = store;
		this.catalog = catalog;
		this.policies = policies;
		this.serving = serving;
		this.records = records;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A volunteer in service who has not acknowledged the current version of a policy
	 * their role requires.
	 */
	public record Outstanding(PersonId volunteer, String policyKey, String policyTitle, int currentVersion,
			int acknowledgedVersion) {
	}

	/** Acknowledges a policy at the version read, which must be the current one. */
	@Transactional
	public void acknowledge(PersonId person, String key, int version) {
		PolicyDocument policy = policies.policy(key).orElseThrow(() -> new NotFound("There is no policy " + key));
		if (version != policy.currentVersion()) {
			throw new RequestRefused("version", "There is a newer version of " + policy.title()
					+ ". Please read version " + policy.currentVersion() + " and acknowledge that one.");
		}
		boolean added = store.insert(person, key, version, clock.instant());
		if (added) {
			audit.record("requirement.policy-acknowledged", "person", person, policy.title() + " version " + version);
			records.note(person, "acknowledgement", "Acknowledged " + policy.title() + " version " + version);
		}
	}

	@Transactional(readOnly = true)
	private Map<PersonId, Map<String, Integer>> acknowledgedVersions(Collection<String> keys) {
		var versions = new HashMap<PersonId, Map<String, Integer>>();
		if (keys.isEmpty()) {
			return versions;
		}
		return store.latestVersions(keys);
	}

	public int acknowledgedVersion(PersonId person, String key) {
		return store.acknowledgedVersion(person, key);
	}

	/**
	 * Every volunteer in service who has yet to acknowledge the current version of a
	 * policy their role requires.
	 */
	@Transactional(readOnly = true)
	public List<Outstanding> outstanding() {
		var result = new ArrayList<Outstanding>();
		// Roles and policies are few and volunteers many: each is read once, not once a
		// volunteer.
		Map<ProgramRoleId, Optional<ProgramRole>> roles = new HashMap<>();
		Map<String, Optional<PolicyDocument>> documents = new HashMap<>();
		List<RoleServed> enrolments = serving.servingNow();
		var required = new TreeSet<String>();
		for (RoleServed enrolment : enrolments) {
			roles.computeIfAbsent(enrolment.role(), catalog::role)
				.ifPresent(role -> required.addAll(role.requirements().policies()));
		}
		// What everyone acknowledged of the policies required, read at once rather than
		// once a volunteer and policy.
		Map<PersonId, Map<String, Integer>> acknowledgedVersions = acknowledgedVersions(required);
		for (RoleServed enrolment : enrolments) {
			ProgramRole role = roles.get(enrolment.role()).orElse(null);
			if (role == null) {
				continue;
			}
			for (String key : role.requirements().policies().stream().sorted().toList()) {
				PolicyDocument policy = documents.computeIfAbsent(key, policies::policy).orElse(null);
				int acknowledged = acknowledgedVersions.getOrDefault(enrolment.volunteer(), Map.of())
					.getOrDefault(key, 0);
				if (policy != null && acknowledged < policy.currentVersion()) {
					var line = new Outstanding(enrolment.volunteer(), key, policy.title(), policy.currentVersion(),
							acknowledged);
					if (!result.contains(line)) {
						result.add(line);
					}
				}
			}
		}
		return List.copyOf(result);
	}

}
