package org.hearth.people;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * People's web sessions, kept by Spring Session in the database so every instance shares
 * them; absent in the command-line tools.
 */
@Component
class Sessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

	Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
		this.repository = repository;
	}

	/** Signs the person out everywhere; returns how many sessions ended. */
	int endAll(String email) {
		FindByIndexNameSessionRepository<? extends Session> store = repository.getIfAvailable();
		if (store == null) {
			return 0;
		}
		var ids = store.findByPrincipalName(email).keySet();
		ids.forEach(store::deleteById);
		return ids.size();
	}

}
