package org.hearth.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;

/**
 * A PostgreSQL server left running in the data folder by a Hearth that ended without
 * stopping it (kill -9, a crash, a power-cut of the JVM alone). Called only while holding
 * the folder's {@link DataFolderLock}, so no live Hearth uses that server: it is stopped
 * the way PostgreSQL stops on request, and its next start recovers from the write-ahead
 * log as after any crash. A {@code postmaster.pid} naming a process that is gone, or that
 * is not this folder's PostgreSQL, is removed.
 */
final class LeftoverServer {

	static final String PID_FILE = "postmaster.pid";

	private static final Duration STOP_WAIT = Duration.ofSeconds(30);

	private LeftoverServer() {
	}

	/** Stops the server left in {@code dataDirectory}, if there is one. */
	static void stopIfRunning(Path dataDirectory, Log log) throws IOException {
		Path pidFile = dataDirectory.resolve(PID_FILE);
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> postmaster = lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")
				? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
		if (postmaster.isEmpty() || !postmaster.get().isAlive()) {
			log.info("Removing " + pidFile + ", left by a PostgreSQL server that is no longer running.");
			Files.deleteIfExists(pidFile);
			return;
		}
		if (!servesFolder(postmaster.get(), lines, dataDirectory)) {
			log.info("Removing " + pidFile + ": process " + postmaster.get().pid()
					+ " named in it is not this folder's PostgreSQL server.");
			Files.deleteIfExists(pidFile);
			return;
		}
		stop(postmaster.get(), dataDirectory, log);
	}

	private static boolean servesFolder(ProcessHandle process, List<String> pidLines, Path dataDirectory)
			throws IOException {
		String command = process.info().command().orElse("");
		String name = Path.of(command.isEmpty() ? "unknown" : command).getFileName().toString();
		if (!name.equals("postgres") && !name.equals("postgres.exe")) {
			return false;
		}
		if (pidLines.size() < 2) {
			return false;
		}
		Path named = Path.of(pidLines.get(1).strip());
		return Files.exists(named) && Files.isSameFile(named, dataDirectory);
	}

	private static void stop(ProcessHandle postmaster, Path dataDirectory, Log log) throws IOException {
		log.warn("A PostgreSQL server (process " + postmaster.pid() + ") left running by a Hearth that did not stop "
				+ "cleanly still holds " + dataDirectory + "; stopping it before starting again.");
		List<ProcessHandle> children = postmaster.children().toList();
		// SIGTERM: PostgreSQL's smart shutdown. The clients it waits for died with the
		// Hearth that started it, so it writes a checkpoint and exits.
		postmaster.destroy();
		if (awaitExit(postmaster)) {
			log.info("The left-over PostgreSQL server stopped; starting it again.");
			return;
		}
		log.warn("The left-over PostgreSQL server did not stop within " + STOP_WAIT.toSeconds()
				+ " s; ending it and its workers. PostgreSQL recovers from its write-ahead log at the next start.");
		postmaster.destroyForcibly();
		children.forEach(ProcessHandle::destroyForcibly);
		if (!awaitExit(postmaster) || children.stream().anyMatch(ProcessHandle::isAlive)) {
			throw new IOException("The PostgreSQL server (process " + postmaster.pid() + ") left running in "
					+ dataDirectory + " could not be stopped.");
		}
	}

	private static boolean awaitExit(ProcessHandle process) throws IOException {
		try {
			process.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			throw new IOException("Could not wait for process " + process.pid(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping process " + process.pid(), ex);
		}
	}

}
