package org.hearth.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database as an organisation's only copy of its records: durable, behind a
 * password, and able to start again however the Hearth before it ended.
 */
class EmbeddedDatabaseIntegrationTests {

	private static final Log LOG = LogFactory.getLog(EmbeddedDatabaseIntegrationTests.class);

	@TempDir
	Path folder;

	private final List<Process> holders = new ArrayList<>();

	@AfterEach
	void stopHolders() throws Exception {
		for (Process holder : this.holders) {
			holder.destroyForcibly();
			holder.waitFor(30, TimeUnit.SECONDS);
		}
		// Whatever a killed holder left running is stopped by the next start.
		EmbeddedServer.lease(this.folder, false, LOG).release();
	}

	@Test
	void flushesEveryCommitToDiskAndRequiresThePasswordKeptForItsOwnerOnly() throws Exception {
		EmbeddedServer server = EmbeddedServer.lease(this.folder, false, LOG);
		try (Connection connection = connect(server, server.password())) {
			assertThat(setting(connection, "fsync")).isEqualTo("on");
			assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
		}
		finally {
			server.release();
		}
		server = EmbeddedServer.lease(this.folder, false, LOG);
		try {
			EmbeddedServer started = server;
			assertThatThrownBy(() -> connect(started, "")).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> connect(started, "not-the-password")).isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DatabasePassword.file(this.folder))))
				.isEqualTo("rw-------");
			assertThat(Files.readString(DatabasePassword.file(this.folder))).isEqualTo(server.password());
			assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
			assertThat(EmbeddedServer.HostBasedAuthentication
				.trustsAnyone(EmbeddedServer.dataDirectory(this.folder.toAbsolutePath()))).isFalse();
		}
		finally {
			server.release();
		}
	}

	@Test
	void startsTheFirstTimeAfterTheHearthBeforeWasKilledAndKeepsWhatItCommitted() throws Exception {
		for (int round = 1; round <= 2; round++) {
			Process holder = hold();
			long leftOver = postmasterPid();
			holder.destroyForcibly();
			assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive))
				.as("the killed Hearth's PostgreSQL is still running, holding the folder")
				.contains(true);

			EmbeddedServer server = EmbeddedServer.lease(this.folder, false, LOG);
			try (Connection connection = connect(server, server.password());
					var rows = connection.createStatement().executeQuery("select count(*) from kept")) {
				rows.next();
				assertThat(rows.getInt(1)).as("rows committed before each kill").isEqualTo(round);
				assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
			}
			finally {
				server.release();
			}
		}
	}

	@Test
	void refusesADataFolderAnotherHearthIsUsingAndSaysWhatToDo() throws Exception {
		Process holder = hold();
		assertThatThrownBy(() -> EmbeddedServer.lease(this.folder, false, LOG)).isInstanceOf(DataFolderUnusable.class)
			.hasMessageContaining("Another Hearth (process " + holder.pid() + ") is running with the data folder")
			.satisfies(ex -> assertThat(((DataFolderUnusable) ex).action()).contains("Stop that Hearth first")
				.contains("create-admin")
				.contains("--hearth.data-dir"));
		holder.getOutputStream().close();
		assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(Files.exists(EmbeddedServer.dataDirectory(this.folder).resolve(LeftoverServer.PID_FILE)))
			.as("the holder stopped its database")
			.isFalse();
	}

	@Test
	void removesAPidFileThatNamesAProcessOtherThanItsServer() throws Exception {
		EmbeddedServer.lease(this.folder, false, LOG).release();
		Path dataDirectory = EmbeddedServer.dataDirectory(this.folder);
		// A live process that is not PostgreSQL: this very JVM.
		Files.writeString(dataDirectory.resolve(LeftoverServer.PID_FILE),
				ProcessHandle.current().pid() + "\n" + dataDirectory + "\n");

		EmbeddedServer server = EmbeddedServer.lease(this.folder, false, LOG);
		try (Connection connection = connect(server, server.password())) {
			assertThat(setting(connection, "fsync")).isEqualTo("on");
		}
		finally {
			server.release();
		}
	}

	@Test
	void givesAFolderThatTrustedEveryoneAPasswordAndKeepsItsData() throws Exception {
		Path dataDirectory = EmbeddedServer.dataDirectory(this.folder);
		Files.createDirectories(dataDirectory);
		try (EmbeddedPostgres before = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.start(); Connection connection = before.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("create table kept (note text)");
			connection.createStatement().execute("insert into kept values ('from before passwords')");
		}
		assertThat(EmbeddedServer.HostBasedAuthentication.trustsAnyone(dataDirectory)).isTrue();

		EmbeddedServer server = EmbeddedServer.lease(this.folder, false, LOG);
		try (Connection connection = connect(server, server.password());
				var rows = connection.createStatement().executeQuery("select note from kept")) {
			rows.next();
			assertThat(rows.getString(1)).isEqualTo("from before passwords");
			assertThat(EmbeddedServer.HostBasedAuthentication.trustsAnyone(dataDirectory)).isFalse();
			EmbeddedServer started = server;
			assertThatThrownBy(() -> connect(started, "")).isInstanceOf(SQLException.class);
		}
		finally {
			server.release();
		}
	}

	private Process hold() throws Exception {
		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), HoldDataFolder.class.getName(), this.folder.toString())
			.redirectErrorStream(true)
			.start();
		this.holders.add(holder);
		var output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
		List<String> seen = new ArrayList<>();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.equals("READY")) {
				Thread drain = new Thread(() -> output.lines().forEach(rest -> {
				}));
				drain.setDaemon(true);
				drain.start();
				return holder;
			}
			seen.add(line);
		}
		throw new AssertionError("The holder ended before its database was ready:\n" + String.join("\n", seen));
	}

	private long postmasterPid() throws Exception {
		return Long.parseLong(
				Files.readAllLines(EmbeddedServer.dataDirectory(this.folder).resolve(LeftoverServer.PID_FILE)).get(0));
	}

	private static Connection connect(EmbeddedServer server, String password) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.USER, password);
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (var rows = connection.createStatement().executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
