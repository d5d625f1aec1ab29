package org.hearth.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

/**
 * One embedded PostgreSQL per data folder, shared by every application context of the JVM
 * that uses the folder and stopped when the last of them closes.
 *
 * <p>
 * It is run as a database that holds an organisation's records should be: every commit is
 * flushed to disk ({@code fsync} and {@code synchronous_commit} on), and every
 * connection, over TCP on localhost or the Unix socket, needs the superuser password
 * generated into the data folder (see {@link DatabasePassword}). A server left running by
 * a Hearth that died is stopped before starting again (see {@link LeftoverServer}).
 */
final class EmbeddedServer {

	static final String USER = "postgres";

	private static final Map<Path, EmbeddedServer> running = new HashMap<>();

	private static final Set<Path> cleaned = new HashSet<>();

	private final Path folder;

	private final DataFolderLock lock;

	private final EmbeddedPostgres postgres;

	private final String password;

	private final Log log;

	private int leases;

	private EmbeddedServer(Path folder, DataFolderLock lock, EmbeddedPostgres postgres, String password, Log log) {
		this.folder = folder;
		this.lock = lock;
		this.postgres = postgres;
		this.password = password;
		this.log = log;
	}

	/**
	 * The server for {@code folder}, started if it is not running in this JVM yet. Each
	 * lease is given back with {@link #release()}.
	 * @param clean whether to start from an empty database the first time this JVM uses
	 * the folder (tests)
	 * @param log where to say what happens to the server
	 */
	static synchronized EmbeddedServer lease(Path folder, boolean clean, Log log) {
		Path key = folder.toAbsolutePath().normalize();
		EmbeddedServer server = running.get(key);
		if (server == null) {
			server = start(key, clean && cleaned.add(key), log);
			running.put(key, server);
		}
		server.leases++;
		return server;
	}

	/** Gives back a lease; the last one stops the server. */
	void release() {
		synchronized (EmbeddedServer.class) {
			if (--this.leases > 0 || running.get(this.folder) != this) {
				return;
			}
			running.remove(this.folder);
		}
		stop();
	}

	/** Stops every server still running, whoever holds a lease (at JVM exit). */
	static void stopAll() {
		List<EmbeddedServer> servers;
		synchronized (EmbeddedServer.class) {
			servers = List.copyOf(running.values());
			running.clear();
		}
		servers.forEach(EmbeddedServer::stop);
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, "postgres");
	}

	String password() {
		return this.password;
	}

	int port() {
		return this.postgres.getPort();
	}

	/** The folder PostgreSQL keeps its files in. */
	static Path dataDirectory(Path folder) {
		return folder.resolve("postgres");
	}

	private static EmbeddedServer start(Path folder, boolean clean, Log log) {
		DataFolderLock lock = null;
		try {
			Files.createDirectories(folder);
			lock = DataFolderLock.acquire(folder);
			Path dataDirectory = dataDirectory(folder);
			LeftoverServer.stopIfRunning(dataDirectory, log);
			if (clean) {
				deleteRecursively(dataDirectory);
			}
			boolean initialised = Files.exists(dataDirectory.resolve("postgresql.conf"));
			boolean trusting = initialised && HostBasedAuthentication.trustsAnyone(dataDirectory);
			if (initialised && !trusting && !Files.exists(DatabasePassword.file(folder))) {
				throw new DataFolderUnusable(
						"The embedded database's password file " + DatabasePassword.file(folder) + " is missing.",
						"Restore " + DatabasePassword.FILE
								+ " from a backup of the data folder; the database inside it needs that password.",
						null);
			}
			String password = DatabasePassword.readOrCreate(folder, log);
			log.info("Starting the embedded PostgreSQL with its data in " + dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				// Durable: a commit is on disk before it is acknowledged.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				// Only this machine, and only with the password (initdb's own options).
				.setServerConfig("listen_addresses", "localhost")
				.setLocaleConfig("auth-host", "scram-sha-256")
				.setLocaleConfig("auth-local", "scram-sha-256")
				.setLocaleConfig("pwfile", DatabasePassword.file(folder).toString())
				.setConnectConfig("password", password)
				// Recovery after a crash may take longer than a clean start.
				.setPGStartupWait(Duration.ofMinutes(2))
				.start();
			if (trusting) {
				HostBasedAuthentication.requirePassword(postgres, password, dataDirectory);
				log.info("The embedded database now requires its password (kept in " + DatabasePassword.FILE + ").");
			}
			return new EmbeddedServer(folder, lock, postgres, password, log);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(lock, log);
			if (ex instanceof DataFolderUnusable unusable) {
				throw unusable;
			}
			throw new IllegalStateException(
					"The embedded PostgreSQL could not start in " + dataDirectory(folder) + ": " + ex.getMessage(), ex);
		}
	}

	private void stop() {
		long started = System.nanoTime();
		try {
			this.postgres.close();
			this.log.info("Stopped the embedded PostgreSQL in "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms.");
		}
		catch (IOException ex) {
			this.log.warn("The embedded PostgreSQL did not stop cleanly", ex);
		}
		finally {
			closeQuietly(this.lock, this.log);
		}
	}

	private static void closeQuietly(DataFolderLock lock, Log log) {
		if (lock == null) {
			return;
		}
		try {
			lock.close();
		}
		catch (IOException ex) {
			log.warn("Could not release the data folder's lock", ex);
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * PostgreSQL's {@code pg_hba.conf}: who may connect, and how they prove who they are.
	 */
	static final class HostBasedAuthentication {

		static final String FILE = "pg_hba.conf";

		private HostBasedAuthentication() {
		}

		/**
		 * Whether any rule lets a connection in without a password, as folders made
		 * before Hearth required one do.
		 */
		static boolean trustsAnyone(Path dataDirectory) throws IOException {
			return Files.readAllLines(dataDirectory.resolve(FILE), StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.anyMatch(line -> List.of(line.split("\\s+")).contains("trust"));
		}

		/**
		 * Gives the superuser the password and from now on requires it of every
		 * connection.
		 */
		static void requirePassword(EmbeddedPostgres postgres, String password, Path dataDirectory) {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				if (!password.matches("[A-Za-z0-9_-]+")) {
					throw new IllegalStateException("The generated password has unexpected characters.");
				}
				statement.execute("alter role " + USER + " password '" + password + "'");
				Files.writeString(dataDirectory.resolve(FILE), """
						# Written by Hearth: every connection needs the password kept in the data folder.
						local   all             all                                     scram-sha-256
						host    all             all             127.0.0.1/32            scram-sha-256
						host    all             all             ::1/128                 scram-sha-256
						""", StandardCharsets.UTF_8);
				statement.execute("select pg_reload_conf()");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not set the embedded database's password", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
