package org.hearth.care;

import java.util.List;

import org.hearth.audit.AuditLog;
import org.hearth.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of crisis lines and professional services, kept by admins, and the choice
 * of the right entries for one person's country and language.
 */
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
		return ResourcePick.choose(store.all(), CrisisResource.country(country), CrisisResource.language(language));
	}

	@Transactional
	public CrisisResource add(CrisisResource resource) {
		store.insert(resource);
		audit.record("care.crisis-resource-added", "crisis-resource", resource.id(), describe(resource));
		return get(resource.id());
	}

	@Transactional
	public CrisisResource change(CrisisResource resource) {
		get(resource.id());
		store.update(resource);
		audit.record("care.crisis-resource-changed", "crisis-resource", resource.id(), describe(resource));
		return get(resource.id());
	}

	@Transactional
	public void remove(CrisisResourceId id, long version) {
		CrisisResource resource = get(id);
		store.delete(id, version);
		audit.record("care.crisis-resource-removed", "crisis-resource", id, describe(resource));
	}

	private static String describe(CrisisResource r) {
		return r.name() + " (" + (r.country() == null ? "everywhere" : r.country())
				+ (r.language() == null ? "" : ", " + r.language()) + "), checked " + r.checkedOn();
	}

}
