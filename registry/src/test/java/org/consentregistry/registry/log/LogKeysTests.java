package org.consentregistry.registry.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.consentregistry.blocker.tlog.SignedNote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The log's key files: made on first use for the owner only, refused when others can read
 * them, and rotated without losing the old verifier key.
 */
class LogKeysTests {

	static final String ORIGIN = "registry.example/log";

	@TempDir
	Path dir;

	final SecureRandom random = new SecureRandom();

	@Test
	void makesAKeyReadableOnlyByItsOwnerOnFirstUse() throws Exception {
		Path keys = this.dir.resolve("log-keys");
		LogKeys loaded = LogKeys.load(keys, ORIGIN, this.random);
		Path file = LogKeys.keyFile(keys, ORIGIN);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
		assertThat(file.getFileName()).hasToString("registry.example_log.key");
		assertThat(loaded.signer().name()).isEqualTo(ORIGIN);
		assertThat(loaded.retired()).isEmpty();
	}

	@Test
	void loadsTheSameKeyOnTheNextStart() throws Exception {
		LogKeys first = LogKeys.load(this.dir, ORIGIN, this.random);
		LogKeys second = LogKeys.load(this.dir, ORIGIN, this.random);
		assertThat(second.signer().verifier()).isEqualTo(first.signer().verifier());
	}

	@Test
	void refusesAKeyFileOthersCanRead() throws Exception {
		LogKeys.load(this.dir, ORIGIN, this.random);
		Path file = LogKeys.keyFile(this.dir, ORIGIN);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		assertThatIllegalStateException().isThrownBy(() -> LogKeys.load(this.dir, ORIGIN, this.random))
			.withMessageContaining("readable by its owner only (rw-------), found rw-r--r--")
			.withMessageContaining("chmod 600");
	}

	@Test
	void keepsOneKeyPerOriginInOneDirectory() throws Exception {
		LogKeys one = LogKeys.load(this.dir, ORIGIN, this.random);
		LogKeys other = LogKeys.load(this.dir, "other.example/log", this.random);
		assertThat(other.signer().verifier()).isNotEqualTo(one.signer().verifier());
		assertThat(LogKeys.load(this.dir, ORIGIN, this.random).signer().verifier()).isEqualTo(one.signer().verifier());
	}

	@Test
	void rotationKeepsTheOldKeySoOlderNotesStillVerify() throws Exception {
		LogKeys before = LogKeys.load(this.dir, ORIGIN, this.random);
		SignedNote old = before.signer()
			.sign("registry.example/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
		LogKeys rotated = LogKeys.rotate(this.dir, ORIGIN, this.random);
		LogKeys twice = LogKeys.rotate(this.dir, ORIGIN, this.random);
		assertThat(rotated.signer().verifier()).isNotEqualTo(before.signer().verifier());
		assertThat(twice.retired()).containsExactly(before.signer().verifier(), rotated.signer().verifier());
		assertThat(twice.verifiers()).containsExactly(twice.signer().verifier(), rotated.signer().verifier(),
				before.signer().verifier());
		assertThat(old.verify(LogKeys.load(this.dir, ORIGIN, this.random).verifiers()))
			.containsExactly(before.signer().verifier());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(LogKeys.keyFile(this.dir, ORIGIN))))
			.isEqualTo("rw-------");
	}

}
