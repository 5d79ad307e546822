package org.consentregistry.registry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.consentregistry.registry.demo.ExampleWorks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryCliTests {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return RegistryCli.run(args, new PrintWriter(this.out, true), new PrintWriter(this.err, true));
	}

	@Test
	void keygenWritesAKeyFileOnlyItsOwnerCanRead() throws IOException {
		Path key = this.dir.resolve("key.json");
		assertThat(run("keygen", "--out", key.toString())).isZero();
		assertThat(this.out.toString()).startsWith("did:key:z6Mk");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
		assertThat(Files.readString(key)).contains("\"secretKeyMultibase\": \"z3u2")
			.contains(this.out.toString().strip());
	}

	@Test
	void keygenRefusesToOverwriteAnExistingKey() throws IOException {
		Path key = this.dir.resolve("key.json");
		Files.writeString(key, "precious");
		assertThat(run("keygen", "--out", key.toString())).isEqualTo(RegistryCli.REFUSED);
		assertThat(Files.readString(key)).isEqualTo("precious");
		assertThat(this.err.toString()).contains("already exists").hasLineCount(1);
	}

	@Test
	void signedCredentialVerifiesOffline() throws IOException {
		Path key = keygen();
		Path signed = signExample(key);
		assertThat(run("verify", signed.toString())).isZero();
		assertThat(this.out.toString()).contains("verified").contains("issuer: did:key:z6Mk");
	}

	@Test
	void tamperedCredentialFailsVerificationWithOneLine() throws IOException {
		Path signed = signExample(keygen());
		String tampered = Files.readString(signed).replace("#3", "#4");
		Files.writeString(signed, tampered);
		assertThat(run("verify", signed.toString())).isEqualTo(RegistryCli.REFUSED);
		assertThat(this.err.toString()).startsWith("verify: not verified (bad-signature)").hasLineCount(1);
	}

	@Test
	void signRefusesACredentialOfAnotherIssuerUnlessAskedToReplaceIt() throws IOException {
		Path key = keygen();
		Path unsigned = this.dir.resolve("unsigned.json");
		Files.writeString(unsigned,
				new ExampleWorks("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", "cli").credential(3)
					.toString());
		assertThat(run("sign", "--key", key.toString(), unsigned.toString())).isEqualTo(RegistryCli.REFUSED);
		assertThat(this.err.toString()).contains("--set-issuer");
		assertThat(run("sign", "--key", key.toString(), "--set-issuer", unsigned.toString())).isZero();
		assertThat(this.out.toString()).contains("\"proof\"").contains("eddsa-rdfc-2022");
	}

	@Test
	void unknownOptionIsAUsageError() {
		assertThat(run("verify", "--no-such-option", "x.json")).isEqualTo(RegistryCli.USAGE);
		assertThat(this.err.toString()).contains("see --help");
	}

	@Test
	void missingFileIsAnIoError() {
		assertThat(run("verify", this.dir.resolve("absent.json").toString())).isEqualTo(RegistryCli.IO);
		assertThat(this.err.toString()).startsWith("verify: cannot read").hasLineCount(1);
	}

	@Test
	void submitToAnUnreachableRegistryIsAnIoError() throws IOException {
		Path signed = signExample(keygen());
		assertThat(run("submit", "--registry", "http://127.0.0.1:1", signed.toString())).isEqualTo(RegistryCli.IO);
		assertThat(this.err.toString()).startsWith("submit: cannot reach");
	}

	@Test
	void helpListsTheExitCodes() {
		assertThat(run("--help")).isZero();
		assertThat(this.out.toString()).contains("keygen", "sign", "submit", "verify", "Exit codes:");
	}

	private Path keygen() {
		Path key = this.dir.resolve("key.json");
		assertThat(run("keygen", "--out", key.toString())).isZero();
		return key;
	}

	private Path signExample(Path key) throws IOException {
		Path unsigned = this.dir.resolve("unsigned.json");
		Files.writeString(unsigned, new ExampleWorks("unused", "cli").credential(3).toString(), StandardCharsets.UTF_8);
		Path signed = this.dir.resolve("signed.json");
		assertThat(run("sign", "--key", key.toString(), "--set-issuer", "-o", signed.toString(), unsigned.toString()))
			.as(this.err.toString())
			.isZero();
		return signed;
	}

}
