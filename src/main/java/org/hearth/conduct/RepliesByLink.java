package org.hearth.conduct;

import java.util.Optional;

import org.hearth.audit.AuditLog;
import org.hearth.conduct.VolunteerConduct.DecisionNotice;
import org.hearth.people.Accounts;
import org.hearth.people.HearthUser;
import org.hearth.people.PersonSummary;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer who cannot sign in (suspended or removed) answers a decision about them
 * through the link in its e-mail: they read it and respond or appeal once, under the same
 * rules and through the same steps as a volunteer who signs in.
 */
@NamedInterface("web")
@Service
public class RepliesByLink {

	private final ReplyLinks links;

	private final VolunteerConduct conduct;

	private final Accounts accounts;

	private final AuditLog audit;

	RepliesByLink(ReplyLinks links, VolunteerConduct conduct, Accounts accounts, AuditLog audit) {
		this.links = links;
		this.conduct = conduct;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * The decision a link opens, as its volunteer reads it; empty when the link is
	 * unknown, used or expired, without telling which.
	 */
	@Transactional(readOnly = true)
	public Optional<DecisionNotice> open(String token) {
		return links.usable(token).flatMap(link -> conduct.decisionAbout(link.volunteer(), link.decision()));
	}

	/**
	 * Responds to or appeals the decision as the volunteer it is about, and uses the link
	 * up. A reply the rules refuse leaves the link as it was.
	 * @throws LinkNoLongerWorks when the link is unknown, used or expired
	 */
	@Transactional
	public void reply(String token, Reply.Kind kind, String text) {
		ReplyLinks.Link link = links.use(token).orElseThrow(LinkNoLongerWorks::new);
		PersonSummary person = accounts.find(link.volunteer()).orElseThrow(LinkNoLongerWorks::new);
		HearthUser volunteer = new HearthUser(person.id(), person.email(), person.displayName(), person.role(),
				person.leadType(), person.access(), null);
		if (kind == Reply.Kind.APPEAL) {
			conduct.appeal(link.decision(), text, volunteer);
		}
		else {
			conduct.respond(link.decision(), text, volunteer);
		}
		audit.record("conduct.reply-by-link", "conduct-decision", link.decision().value(),
				(kind == Reply.Kind.APPEAL ? "Appeal" : "Response") + " by " + person.displayName() + " <"
						+ person.email() + "> through the link in the decision's e-mail");
	}

	/** The link is unknown, already used or expired; which of these is never said. */
	public static final class LinkNoLongerWorks extends RuntimeException {

		LinkNoLongerWorks() {
			super("This link no longer works.");
		}

	}

}
