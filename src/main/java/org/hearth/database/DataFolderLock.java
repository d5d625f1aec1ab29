package org.hearth.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Hearth's claim on a data folder: an operating-system lock on {@code hearth.lock}, which
 * the system releases when the process ends however it ends (kill -9 included). Holding
 * it means no other live Hearth uses the folder, so a PostgreSQL server still running
 * there was left behind by one that died.
 */
final class DataFolderLock implements AutoCloseable {

	static final String FILE = "hearth.lock";

	private final FileChannel channel;

	private final FileLock lock;

	private DataFolderLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the folder's lock and writes this process's id in the lock file.
	 * @throws DataFolderUnusable when another process holds it
	 */
	static DataFolderLock acquire(Path folder) throws IOException {
		FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			String holder = holder(channel);
			channel.close();
			throw DataFolderUnusable.inUse(folder, holder);
		}
		channel.truncate(0);
		channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
		channel.force(true);
		return new DataFolderLock(channel, lock);
	}

	private static String holder(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(32);
			channel.read(buffer, 0);
			String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
			return text.matches("\\d{1,10}") ? text : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.lock.release();
		}
		finally {
			this.channel.close();
		}
	}

}
