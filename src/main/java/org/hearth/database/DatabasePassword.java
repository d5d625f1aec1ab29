package org.hearth.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.apache.commons.logging.Log;

/**
 * The embedded database's superuser password: generated once, kept in the data folder in
 * a file only its owner may read or write, and required for every connection.
 */
final class DatabasePassword {

	static final String FILE = "postgres-password";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private DatabasePassword() {
	}

	/** The password kept in the folder, created on first use. */
	static String readOrCreate(Path folder, Log log) throws IOException {
		Path file = folder.resolve(FILE);
		if (!Files.exists(file)) {
			try {
				create(file);
			}
			catch (FileAlreadyExistsException createdMeanwhile) {
				// Another start created it first; use theirs.
			}
		}
		keepOwnerOnly(file, log);
		String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
		if (password.isEmpty()) {
			throw new DataFolderUnusable("The embedded database's password file " + file + " is empty.", "Restore "
					+ FILE + " from a backup of the data folder; the database inside it needs that password.", null);
		}
		return password;
	}

	/** Where the password of the database in this folder is kept. */
	static Path file(Path folder) {
		return folder.resolve(FILE);
	}

	private static void create(Path file) throws IOException {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		if (posix(file)) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		else {
			Files.createFile(file);
		}
		Files.writeString(file, password, StandardCharsets.US_ASCII);
	}

	private static void keepOwnerOnly(Path file, Log log) throws IOException {
		if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("Others could read the embedded database's password in " + file
					+ "; it is now readable by its owner only.");
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean posix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
