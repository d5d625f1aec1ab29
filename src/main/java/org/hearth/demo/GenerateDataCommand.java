package org.hearth.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar hearth.jar generate-data [--volunteers 10000] [--cases 100000]
 * [--screenings 1000000]}: fills an empty database (or one holding only the demo) with a
 * large, made-up organisation to measure the staff pages against. Everyone generated has
 * an address at {@value #DOMAIN}; staff and the admin share one password, printed at the
 * end. It refuses a database that holds anyone else, so it can never mix invented people
 * into a real organisation, and it loads everything in one transaction.
 */
@Component
@ConditionalOnProperty(name = "hearth.command", havingValue = "generate-data")
class GenerateDataCommand implements CommandLineRunner, ExitCodeGenerator {

	static final String DOMAIN = "@generated.hearth.example";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transaction;

	private final Environment environment;

	private int exitCode;

	GenerateDataCommand(JdbcClient jdbc, PasswordEncoder passwords, TransactionTemplate transaction,
			Environment environment) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.transaction = transaction;
		this.environment = environment;
	}

	@Override
	public void run(String... args) {
		int volunteers = count("volunteers", 10_000, 10, 1_000_000);
		int cases = count("cases", 100_000, 0, 10_000_000);
		int screenings = count("screenings", 1_000_000, 0, 100_000_000);
		if (cases == 0 && screenings > 0) {
			System.err.println("Screening reports belong to cases: give --cases too.");
			exitCode = 2;
		}
		if (exitCode != 0) {
			return;
		}
		long others = jdbc
			.sql("select count(*) from person where lower(email) not like :generated and lower(email) not like :demo")
			.param("generated", "%" + DOMAIN)
			.param("demo", "%" + DemoOrganisation.DOMAIN)
			.query(Long.class)
			.single();
		if (others > 0) {
			System.err.println("This database holds " + others + " people who are not generated or demo accounts: "
					+ "it looks like a real organisation, so nothing was generated. Use an empty database.");
			exitCode = 1;
			return;
		}
		if (jdbc.sql("select count(*) from person where lower(email) like :generated")
			.param("generated", "%" + DOMAIN)
			.query(Long.class)
			.single() > 0) {
			System.err.println("This database already holds generated data; start from an empty one.");
			exitCode = 1;
			return;
		}
		String password = environment.getProperty("hearth.command.password", "");
		if (password.isBlank()) {
			byte[] random = new byte[12];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		}
		String hash = passwords.encode(password);
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> {
			for (String statement : STATEMENTS) {
				jdbc.sql(statement)
					.param("volunteers", volunteers)
					.param("leads", Math.max(1, volunteers / 10))
					.param("cases", cases)
					.param("screenings", screenings)
					.param("hash", hash)
					.param("domain", DOMAIN)
					.update();
			}
		});
		jdbc.sql("analyze").update();
		System.out.printf("Generated %d volunteers, %d leads, %d cases and %d screening reports in %.1f s.%n",
				volunteers, Math.max(1, volunteers / 10), cases, screenings, (System.nanoTime() - started) / 1e9);
		System.out.println("Staff sign in as staff-1" + DOMAIN + ", the admin as admin" + DOMAIN
				+ ", with the password: " + password);
	}

	private int count(String name, int absent, int least, int most) {
		String text = environment.getProperty("hearth.command." + name, String.valueOf(absent)).strip();
		try {
			int value = Integer.parseInt(text);
			if (value >= least && value <= most) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		System.err
			.println("--" + name + " takes a whole number from " + least + " to " + most + "; got '" + text + "'.");
		exitCode = 2;
		return absent;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	/**
	 * Set-based inserts: ids are derived from each row's number ({@code md5('v' || i)}),
	 * so rows can refer to each other without reading anything back.
	 */
	private static final List<String> STATEMENTS = List.of(
			"""
					insert into program (id, name, description, platform, created_at, version)
					values (md5('generated-program')::uuid, 'Generated peer support', 'Made up to measure Hearth.', 'DISCORD', now(), 0)
					""",
			"""
					insert into program_role (id, program_id, name, description, commitment_months, commitment_frequency,
					    commitment_amount, commitment_unit, commitment_period, background_check_required, created_at, version)
					select md5('generated-role-' || r)::uuid, md5('generated-program')::uuid, 'Generated role ' || r,
					       'Made up to measure Hearth.', 6, '4 hours a week', 4, 'HOURS', 'WEEK', false, now(), 0
					from generate_series(1, 3) r
					""",
			"""
					insert into person (id, email, display_name, password_hash, role, lead_type, access, created_at, version)
					select md5('generated-staff-' || s)::uuid, 'staff-' || s || :domain, 'Staff Member ' || s, :hash,
					       'STAFF', null, 'ACTIVE', now() - interval '3 years', 0
					from generate_series(1, 20) s
					union all
					select md5('generated-admin')::uuid, 'admin' || :domain, 'Generated Admin', :hash, 'ADMIN', null, 'ACTIVE',
					       now() - interval '3 years', 0
					union all
					select md5('generated-lead-' || l)::uuid, 'lead-' || l || :domain, 'Lead Volunteer ' || l, null, 'LEAD',
					       'MODERATOR', 'ACTIVE', now() - interval '2 years', 0
					from generate_series(1, :leads) l
					union all
					select md5('generated-volunteer-' || v)::uuid, 'volunteer-' || v || :domain, 'Volunteer ' || v, null,
					       'VOLUNTEER', null, 'ACTIVE', now() - interval '1 day' * (v % 700), 0
					from generate_series(1, :volunteers) v
					""",
			"""
					insert into lead_profile (lead_id, program_id, capacity, languages, time_zone, version)
					select md5('generated-lead-' || l)::uuid, md5('generated-program')::uuid, 100, 'en', 'UTC', 0
					from generate_series(1, :leads) l
					""",
			"""
					insert into application (id, person_id, program_role_id, commitment_months, commitment_frequency,
					    commitment_amount, commitment_unit, commitment_period, availability, languages, time_zone, motivation, status, submitted_at, decided_at, version)
					select md5('generated-application-' || v)::uuid, md5('generated-volunteer-' || v)::uuid,
					       md5('generated-role-' || (v % 3 + 1))::uuid, 6, '4 hours a week', 4, 'HOURS', 'WEEK', 'Evenings', 'en', 'UTC',
					       'I want to give back what I was given.',
					       case v % 10 when 0 then 'SUBMITTED' when 1 then 'ONBOARDING' when 2 then 'DECLINED' else 'ACTIVE' end,
					       now() - interval '1 day' * (v % 700), null, 0
					from generate_series(1, :volunteers) v
					""",
			"""
					insert into enrolment (id, person_id, application_id, program_id, program_role_id, commitment_months,
					    commitment_frequency, commitment_amount, commitment_unit, commitment_period, languages, time_zone,
					    state, lead_id, started_on, commitment_ends_on, paused_until, version)
					select md5('generated-enrolment-' || v)::uuid, md5('generated-volunteer-' || v)::uuid,
					       md5('generated-application-' || v)::uuid, md5('generated-program')::uuid,
					       md5('generated-role-' || (v % 3 + 1))::uuid, 6, '4 hours a week', 4, 'HOURS', 'WEEK', 'en', 'UTC',
					       case when v % 20 = 3 then 'PAUSED' when v % 20 = 4 then 'WITHDRAWN' else 'ACTIVE' end,
					       md5('generated-lead-' || (v % :leads + 1))::uuid,
					       current_date - (v % 700), current_date - (v % 700) + 180,
					       case when v % 20 = 3 then current_date + 30 end, 0
					from generate_series(1, :volunteers) v where v % 10 > 2
					""",
			"""
					insert into lead_assignment (id, enrolment_id, lead_id, from_at, to_at, reason)
					select md5('generated-assignment-' || v)::uuid, md5('generated-enrolment-' || v)::uuid,
					       md5('generated-lead-' || (v % :leads + 1))::uuid, now() - interval '1 day' * (v % 700), null, 'Activated'
					from generate_series(1, :volunteers) v where v % 10 > 2
					""",
			"""
					insert into conduct_case (id, subject_kind, volunteer_id, subject_ref, title, severity, status, assignee_id,
					    opened_at, updated_at, version)
					select md5('generated-case-' || c)::uuid,
					       case when c % 5 = 0 then 'MEMBER' else 'VOLUNTEER' end,
					       case when c % 5 = 0 then null else md5('generated-volunteer-' || (c * 7 % :volunteers + 1))::uuid end,
					       case when c % 5 = 0 then 'member-' || (c % 5000) end,
					       case c % 4 when 0 then 'Harassment' when 1 then 'Shaming' when 2 then 'Medical advice' else 'Romantic solicitation' end,
					       case when c % 50 = 0 then 'CRITICAL' when c % 10 in (1, 2) then 'HIGH' when c % 3 = 0 then 'MEDIUM' else 'LOW' end,
					       case when c % 10 = 0 then 'UNREVIEWED' when c % 10 = 1 then 'IN_REVIEW' when c % 20 = 2 then 'ESCALATED'
					            when c % 10 in (3, 4, 5) then 'DECIDED' else 'CLOSED' end,
					       case when c % 10 in (0) then null else md5('generated-staff-' || (c % 20 + 1))::uuid end,
					       now() - interval '1 minute' * c, now() - interval '1 minute' * c, 0
					from generate_series(1, :cases) c
					""",
			"""
					insert into conduct_decision (id, case_id, outcome, rationale, decided_by, decided_by_name, decided_at)
					select md5('generated-decision-' || c)::uuid, md5('generated-case-' || c)::uuid,
					       case c % 3 when 0 then 'NO_ACTION' when 1 then 'FEEDBACK' else 'WARNING' end,
					       'Reviewed the messages and the volunteer''s response.', md5('generated-staff-' || (c % 20 + 1))::uuid,
					       'Staff Member ' || (c % 20 + 1), now() - interval '1 minute' * c + interval '1 hour'
					from generate_series(1, :cases) c where c % 10 >= 3 and c % 20 <> 2
					""",
			"""
					insert into conduct_report (id, case_id, source, reporter_id, reporter_role, subject_kind, volunteer_id,
					    subject_ref, category, what_happened, excerpts, reporter_safe, named_to_subject, screening_id, filed_at)
					select md5('generated-report-' || s)::uuid, k.id, 'SCREENING', null, null, k.subject_kind, k.volunteer_id,
					       k.subject_ref, 'HARASSMENT', 'Message screening flagged a message.', 'you are pathetic, just leave',
					       true, false, md5('generated-screening-' || s)::uuid, k.opened_at + interval '1 second' * (s / :cases)
					from generate_series(1, :screenings) s
					join conduct_case k on k.id = md5('generated-case-' || (s % :cases + 1))::uuid
					""",
			"""
					insert into audit_entry (occurred_at, actor, action, subject_type, subject_id, details)
					select now() - interval '1 second' * a, 'staff-' || (a % 20 + 1) || :domain,
					       (array['conduct.case-read', 'conduct.case-assigned', 'conduct.case-decided', 'onboarding.accepted',
					              'lead.assigned', 'person.role-changed'])[a % 6 + 1],
					       'conduct-case', md5('generated-case-' || (a % greatest(:cases, 1) + 1))::uuid::text, 'Generated entry ' || a
					from generate_series(1, :cases * 3) a
					""");

}
