package org.hearth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hearth.screening.ScreeningMain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Hearth: a volunteer program manager and trust-and-safety desk for peer-support
 * communities.
 *
 * <p>
 * With no arguments it runs the web server. {@code create-admin} creates the first admin
 * and exits; {@code --demo} loads the demo organisation before serving.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class HearthApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("screen")) {
			// Screening needs no server and no database: it streams standard input to
			// standard output.
			ScreeningMain.main(args);
		}
		if (args.length > 0 && (args[0].equals("create-admin") || args[0].equals("generate-data"))) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(HearthApplication.class, translate(args));
	}

	private static int runCommand(String[] args) {
		var command = new ArrayList<String>();
		command.add("--hearth.command=" + args[0]);
		command.addAll(List.of(translate(Arrays.copyOfRange(args, 1, args.length))));
		var application = new SpringApplication(HearthApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run(command.toArray(String[]::new))) {
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			return 1;
		}
	}

	/** Turns the friendly command-line flags into the properties behind them. */
	public static String[] translate(String... args) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--demo" -> result.add("--hearth.demo.enabled=true");
				case "--email", "--name", "--volunteers", "--cases", "--screenings", "--password" -> {
					String value = i + 1 < args.length ? args[++i] : "";
					result.add("--hearth.command." + args[i - 1].substring(2) + "=" + value);
				}
				default -> result.add(args[i]);
			}
		}
		return result.toArray(String[]::new);
	}

}
