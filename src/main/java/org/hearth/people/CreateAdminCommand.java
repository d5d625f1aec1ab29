package org.hearth.people;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar hearth.jar create-admin --email someone@example.org [--name "Their Name"]}:
 * creates an admin and prints the one-time link where they choose their password.
 */
@Component
@ConditionalOnProperty(name = "hearth.command", havingValue = "create-admin")
class CreateAdminCommand implements CommandLineRunner, ExitCodeGenerator {

	private final Accounts accounts;

	private final Environment environment;

	private int exitCode;

	CreateAdminCommand(Accounts accounts, Environment environment) {
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void run(String... args) {
		String email = environment.getProperty("hearth.command.email", "").strip();
		String name = environment.getProperty("hearth.command.name", "").strip();
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			System.err.println(
					"Give the new admin's e-mail: create-admin --email someone@example.org [--name \"Their Name\"]");
			exitCode = 2;
			return;
		}
		try {
			String link = accounts.createAdmin(email, name.isEmpty() ? email.substring(0, email.indexOf('@')) : name);
			System.out.println("Created admin " + email + ".");
			System.out.println("They choose their password here, within 24 hours (the link works once):");
			System.out.println("  " + link);
		}
		catch (AccountException ex) {
			System.err.println(ex.getMessage());
			exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
