package org.hearth.database;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.apache.commons.logging.LogFactory;

/**
 * A Hearth stand-in for the tests, run in a JVM of its own: starts the embedded database
 * in the folder given as its argument, commits a row, prints {@code READY}, and holds the
 * folder until its standard input closes (or it is killed).
 */
public final class HoldDataFolder {

	private HoldDataFolder() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedServer server = EmbeddedServer.lease(Path.of(args[0]), false, LogFactory.getLog(HoldDataFolder.class));
		try (var connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.USER, server.password());
				var statement = connection.createStatement()) {
			statement.execute("create table if not exists kept (note text)");
			statement.execute("insert into kept values ('committed before the kill')");
		}
		System.out.println("READY");
		System.out.flush();
		while (System.in.read() != -1) {
			// Hold the folder until told to stop.
		}
		server.release();
	}

}
