package org.hearth.demo;

/** The demo organisation's policy texts, written for Hearth. */
final class DemoTexts {

	private DemoTexts() {
	}

	static final String CODE_OF_CONDUCT = """
			Our Code of Conduct (demo)

			We meet everyone without shame or stigma. We never shame anyone for what they are going through, and we
			welcome all people whatever their age, disability, gender identity, relationship status, pregnancy,
			race, religion or belief, sex or sexual orientation.

			We do not harass, abuse or speak hatefully to anyone: members, fellow volunteers or staff.

			We share from our own experience, not as experts. We don't give medical or legal advice, diagnose, or
			argue with the advice of someone's doctor, therapist or lawyer.

			We don't use our programs to look for romance.

			Every volunteer has a lead volunteer. After a conflict, a disagreement or a conversation that stays with
			you, talk it through with your lead.

			We look after ourselves: weekly check-ins with our lead, knowing our limits, asking for help early.

			We keep our commitment, and we tell staff and the people we support when we need to be away or step back.

			Peer support doesn't replace professional or crisis support. When someone is at risk, we share crisis
			lines and bring in SWAT or staff.

			We always encourage people to choose living. Suggesting that anyone harm themselves ends a volunteer's
			service immediately and permanently.

			Staff look at every reported situation individually, with support and accountability.
			""";

	static final String CODE_OF_CONDUCT_ADDENDUM = """

			Asking for a debrief: after a hard conversation, open Hearth and ask your lead for a debrief. Your lead
			will reach out within two days. Debrief notes are seen only by your lead and staff.
			""";

	static final String SEXUAL_ABUSE_POLICY = """
			Sexual abuse policy (demo)

			Everyone in our spaces has the right to be safe from sexual harassment, exploitation and abuse.
			Volunteers never make sexual or romantic advances to members, never ask members for photos, and never
			move a conversation to private channels for personal reasons.

			If a member tells you they are being harmed, listen, believe them, share the resources in Hearth and tell
			staff the same day. If a member is in immediate danger, contact emergency services.

			Any concern about a volunteer's conduct goes to staff through a report in Hearth. Reports are handled
			confidentially and individually.
			""";

}
