package org.hearth.people;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class CreateAdminCommandTests {

	@Test
	void refusesMissingOrMalformedEmailWithUsage() {
		for (String email : new String[] { "", "not-an-email", "two@@example.org" }) {
			var command = new CreateAdminCommand(null,
					new MockEnvironment().withProperty("hearth.command.email", email));
			var errors = new ByteArrayOutputStream();
			PrintStream original = System.err;
			System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
			try {
				command.run();
			}
			finally {
				System.setErr(original);
			}
			assertThat(command.getExitCode()).as(email).isEqualTo(2);
			assertThat(errors.toString(StandardCharsets.UTF_8)).contains("create-admin --email someone@example.org");
		}
	}

}
