package org.consentregistry.registry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.consentregistry.blocker.tlog.Receipt;
import org.consentregistry.blocker.tlog.TreeHasher;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.LogKeys;
import org.consentregistry.registry.log.MerkleStore;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify-receipt}, {@code verify-consistency} and {@code rotate-log-key} against a
 * real log directory, with the documented exit codes.
 */
class LogVerificationCommandsTests {

	static final String ORIGIN = "registry.example/log";

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private MerkleStore store;

	private LogKeys keys;

	private Checkpoints checkpoints;

	@BeforeEach
	void log() throws IOException {
		this.store = MerkleStore.open(this.dir.resolve("tree"));
		this.keys = LogKeys.load(this.dir.resolve("keys"), ORIGIN, new SecureRandom());
		this.checkpoints = new Checkpoints(this.store, this.keys, ORIGIN, this.dir.resolve("checkpoint"));
	}

	@AfterEach
	void close() throws IOException {
		this.store.close();
	}

	@Test
	void verifiesAReceiptAndTheCredentialItHolds() throws Exception {
		Path receipt = receipt(3, 10);
		String vkey = this.keys.signer().verifier().verifierKey();
		assertThat(run("verify-receipt", "--key", vkey, receipt.toString(), "--credential",
				write("credential.json", credential(3)).toString()))
			.isZero();
		assertThat(this.out.toString()).contains("verified").contains("entry: 3 of 10").contains("log:   " + ORIGIN);
	}

	@Test
	void checksTheCredentialAgainstTheSha256MemberOfAJsonLeaf() throws Exception {
		byte[] credential = credential(9);
		String hex = java.util.HexFormat.of().formatHex(TreeHasher.sha256().digest(credential));
		byte[] leaf = ("{\"v\":1,\"sha256\":\"" + hex + "\"}").getBytes(StandardCharsets.UTF_8);
		this.store.append(TreeHasher.leafHash(leaf));
		Receipt receipt = this.checkpoints.receipt(0, leaf);
		Path file = write("receipt.json", receipt.toJson().getBytes(StandardCharsets.UTF_8));
		String vkey = this.keys.signer().verifier().verifierKey();
		assertThat(run("verify-receipt", "--key", vkey, file.toString(), "--credential",
				write("credential.json", credential).toString()))
			.isZero();
		assertThat(run("verify-receipt", "--key", vkey, file.toString(), "--credential",
				write("other.json", credential(8)).toString()))
			.isEqualTo(RegistryCli.REFUSED);
	}

	@Test
	void refusesAReceiptForAnotherCredential() throws Exception {
		Path receipt = receipt(3, 10);
		String vkey = this.keys.signer().verifier().verifierKey();
		assertThat(run("verify-receipt", "--key", vkey, receipt.toString(), "--credential",
				write("credential.json", credential(4)).toString()))
			.isEqualTo(RegistryCli.REFUSED);
		assertThat(this.err.toString()).startsWith("verify-receipt: not verified (leaf)").hasLineCount(1);
	}

	@Test
	void refusesAReceiptWithAForgedProofOrAnotherKey() throws Exception {
		Path receipt = receipt(3, 10);
		String json = Files.readString(receipt);
		Receipt parsed = Receipt.parse(json);
		Receipt forged = new Receipt(4, parsed.leaf(), parsed.inclusionProof(), parsed.checkpoint());
		Path forgedFile = write("forged.json", forged.toJson().getBytes(StandardCharsets.UTF_8));
		String vkey = this.keys.signer().verifier().verifierKey();
		assertThat(run("verify-receipt", "--key", vkey, forgedFile.toString())).isEqualTo(RegistryCli.REFUSED);
		assertThat(this.err.toString()).contains("not verified (proof)");
		String otherKey = LogKeys.load(this.dir.resolve("other"), ORIGIN, new SecureRandom())
			.signer()
			.verifier()
			.verifierKey();
		assertThat(run("verify-receipt", "--key", otherKey, receipt.toString())).isEqualTo(RegistryCli.REFUSED);
		assertThat(this.err.toString()).contains("not verified (signature)");
	}

	@Test
	void readsKeysFromAFileAsTheWellKnownUrlServesThem() throws Exception {
		Path receipt = receipt(0, 2);
		LogKeys.rotate(this.dir.resolve("keys"), ORIGIN, new SecureRandom());
		LogKeys rotated = LogKeys.load(this.dir.resolve("keys"), ORIGIN, new SecureRandom());
		StringBuilder published = new StringBuilder();
		rotated.verifiers().forEach((key) -> published.append(key.verifierKey()).append('\n'));
		Path keyFile = write("log-keys.txt", published.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(run("verify-receipt", "--key", keyFile.toString(), receipt.toString())).isZero();
	}

	@Test
	void verifiesConsistencyBetweenTwoCheckpoints() throws Exception {
		append(0, 5);
		Path old = write("old.txt", this.checkpoints.sign().note().getBytes(StandardCharsets.UTF_8));
		append(5, 13);
		Path recent = write("new.txt", this.checkpoints.sign().note().getBytes(StandardCharsets.UTF_8));
		Path proof = write("proof.json", proofJson(5, 13, this.store.consistencyProof(5, 13)));
		String vkey = this.keys.signer().verifier().verifierKey();
		assertThat(run("verify-consistency", "--key", vkey, old.toString(), recent.toString(), proof.toString()))
			.isZero();
		assertThat(this.out.toString()).contains("consistent: " + ORIGIN + " from size 5 to 13");
		Path wrong = write("wrong.json", proofJson(5, 13, this.store.consistencyProof(4, 13)));
		assertThat(run("verify-consistency", "--key", vkey, old.toString(), recent.toString(), wrong.toString()))
			.isEqualTo(RegistryCli.REFUSED);
		assertThat(this.err.toString()).startsWith("verify-consistency: not verified").hasLineCount(1);
	}

	@Test
	void aMissingFileIsAnIoErrorAndABadKeyAUsageError() throws Exception {
		assertThat(run("verify-receipt", "--key", "a+b+c", this.dir.resolve("none.json").toString()))
			.isEqualTo(RegistryCli.USAGE);
		String vkey = this.keys.signer().verifier().verifierKey();
		assertThat(run("verify-receipt", "--key", vkey, this.dir.resolve("none.json").toString()))
			.isEqualTo(RegistryCli.IO);
		assertThat(run("verify-consistency", "--key", vkey)).isEqualTo(RegistryCli.USAGE);
	}

	@Test
	void rotateLogKeyKeepsTheOldKeyAsRetired() throws Exception {
		String before = this.keys.signer().verifier().verifierKey();
		assertThat(run("rotate-log-key", "--key-dir", this.dir.resolve("keys").toString(), "--origin", ORIGIN))
			.isZero();
		LogKeys after = LogKeys.load(this.dir.resolve("keys"), ORIGIN, new SecureRandom());
		assertThat(after.signer().verifier().verifierKey()).isNotEqualTo(before);
		assertThat(after.retired()).extracting((key) -> key.verifierKey()).containsExactly(before);
		assertThat(this.out.toString()).contains("new log key: " + after.signer().verifier().verifierKey());
	}

	private Path receipt(int index, int size) throws Exception {
		append(0, size);
		SignedCheckpoint checkpoint = this.checkpoints.sign();
		Receipt receipt = new Receipt(index, credential(index), this.store.inclusionProof(index, size),
				checkpoint.note());
		return write("receipt.json", receipt.toJson().getBytes(StandardCharsets.UTF_8));
	}

	private void append(int from, int to) throws IOException {
		for (int i = from; i < to; i++) {
			this.store.append(TreeHasher.leafHash(credential(i)));
		}
	}

	private static byte[] credential(int index) {
		return ("{\"id\":\"urn:uuid:" + index + "\"}").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] proofJson(long from, long to, List<byte[]> hashes) {
		StringBuilder json = new StringBuilder("{\"from\":" + from + ",\"to\":" + to + ",\"consistencyProof\":[");
		for (int i = 0; i < hashes.size(); i++) {
			json.append((i > 0) ? "," : "")
				.append('"')
				.append(Base64.getEncoder().encodeToString(hashes.get(i)))
				.append('"');
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve(name), bytes);
	}

	private int run(String... args) {
		return RegistryCli.run(args, new PrintWriter(this.out, true), new PrintWriter(this.err, true));
	}

}
