package org.hearth;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server for the tests, on the port the application is configured to send to.
 */
public final class TestMail {

	private TestMail() {
	}

	public static GreenMailExtension server() {
		int port = Integer.getInteger("hearth.test.smtp-port", 3025);
		// One server for the whole test class: restarting it between methods would drop
		// e-mails that listeners are still sending for the previous test. Tests tell
		// their
		// e-mails apart by address.
		return new MailServer(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP))
			.withPerMethodLifecycle(false);
	}

	/**
	 * The mail server, which before each test sets aside the e-mails earlier test classes
	 * left waiting in the shared database (their servers are gone), so a test waiting for
	 * its own e-mail does not wait behind thousands of theirs.
	 */
	static final class MailServer extends GreenMailExtension {

		MailServer(ServerSetup setup) {
			super(setup);
		}

		@Override
		public void beforeEach(ExtensionContext context) {
			super.beforeEach(context);
			if (TestContextAnnotationUtils.findMergedAnnotation(context.getRequiredTestClass(),
					SpringBootTest.class) == null) {
				return;
			}
			ApplicationContext application = SpringExtension.getApplicationContext(context);
			EarlierMail.setAside(application.getBean(JdbcClient.class));
		}

	}

	/** The messages the server received for exactly this address. */
	public static List<MimeMessage> to(GreenMailExtension mail, String email) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> isFor(message, email)).toList();
	}

	/** The plain-text body of a message. */
	public static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read the e-mail", ex);
		}
	}

	private static boolean isFor(MimeMessage message, String email) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(email));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

}
