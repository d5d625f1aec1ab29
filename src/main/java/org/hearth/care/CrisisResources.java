package org.hearth.care;

import java.util.List;

import org.hearth.audit.AuditLog;
import org.hearth.shared.NotFound;

import org.hearth.shared.RequestRefused;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of crisis lines and professional services, kept by admins, and the choice
 * of the right entries for one person's country and language.
 */
@NamedInterface("web")
@Service
public class CrisisResources {

	private final CrisisResourceStore store;

	private final AuditLog audit;

	CrisisResources(CrisisResourceStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<CrisisResource> all() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public CrisisResource get(CrisisResourceId id) {
		return store.find(id).orElseThrow(() -> new NotFound("There is no such crisis resource."));
	}

	/**
	 * The entries for a country and language, either of which may be unknown
	 * ({@code null}); see {@link ResourcePick#choose}.
	 */
	@Transactional(readOnly = true)
	public ResourcePick pick(String country, String language) {
		return ResourcePick.choose(store.all(), CrisisResource.knownCountry(country),
				CrisisResource.language(language));
	}

	@Transactional
	public CrisisResource add(CrisisResource resource) {
		CrisisResource.knownCountry(resource.country());
		store.insert(resource);
		audit.record("care.crisis-resource-added", "crisis-resource", resource.id(), describe(resource));
		return get(resource.id());
	}

	@Transactional
	public CrisisResource change(CrisisResource resource) {
		CrisisResource.knownCountry(resource.country());
		if (!resource.international()) {
			keepOneForEverywhere(get(resource.id()));
		}
		get(resource.id());
		store.update(resource);
		audit.record("care.crisis-resource-changed", "crisis-resource", resource.id(), describe(resource));
		return get(resource.id());
	}

	@Transactional
	public void remove(CrisisResourceId id, long version) {
		CrisisResource resource = get(id);
		keepOneForEverywhere(resource);
		store.delete(id, version);
		audit.record("care.crisis-resource-removed", "crisis-resource", id, describe(resource));
	}

	/**
	 * A member whose country Hearth does not know is offered the entries that serve
	 * everywhere; without one, their reply would list no line at all. The entries for
	 * everywhere are locked while one leaves, so two admins cannot remove the last two at
	 * once.
	 */
	private void keepOneForEverywhere(CrisisResource leaving) {
		if (leaving.international() && store.lockEverywhere() <= 1) {
			throw new RequestRefused("This is the last entry that serves every country, and members whose country "
					+ "Hearth does not know are offered only such entries. Add another entry for everywhere first, "
					+ "then remove or change this one.");
		}
	}

	private static String describe(CrisisResource r) {
		return r.name() + " (" + (r.country() == null ? "everywhere" : r.country())
				+ (r.language() == null ? "" : ", " + r.language()) + "), checked " + r.checkedOn();
	}

}
