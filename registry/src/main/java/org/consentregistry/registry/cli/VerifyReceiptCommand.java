package org.consentregistry.registry.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteVerifier;
import org.consentregistry.blocker.tlog.Receipt;
import org.consentregistry.blocker.tlog.ReceiptException;
import org.consentregistry.blocker.tlog.TreeHasher;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify-receipt}: checks a submission receipt offline: the leaf hash, the
 * inclusion proof to the checkpoint's root and size, and the checkpoint's signature.
 */
@Command(name = "verify-receipt", mixinStandardHelpOptions = true,
		description = "Verify a transparency log receipt offline (no network).")
final class VerifyReceiptCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "RECEIPT", description = "the receipt (JSON file)")
	Path receipt;

	@Option(names = "--key", required = true, paramLabel = "VKEY|FILE",
			description = "the log's verifier key, or a file of verifier keys one a line (repeatable)")
	List<String> keys;

	@Option(names = "--credential", paramLabel = "FILE",
			description = "also check that the logged leaf holds this credential: the registry's leaf names the "
					+ "SHA-256 of its exact bytes (other logs: the bytes themselves, or their SHA-256)")
	@Nullable Path credential;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		List<NoteVerifier> verifiers = LogVerifierKeys.read(this.keys);
		Receipt parsed;
		Checkpoint checkpoint;
		try {
			parsed = Receipt.parse(Output.read(this.receipt));
			checkpoint = parsed.verify(verifiers);
		}
		catch (ReceiptException ex) {
			throw new CliException(RegistryCli.REFUSED,
					"not verified (" + ex.reason().name().toLowerCase(Locale.ROOT) + "): " + ex.getMessage(), ex);
		}
		if (this.credential != null) {
			checkLeaf(parsed.leaf(), Output.read(this.credential));
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.println("verified: " + this.receipt);
		out.println("  log:   " + checkpoint.origin());
		out.println("  entry: " + parsed.index() + " of " + checkpoint.size());
		if (this.credential != null) {
			out.println("  holds: " + this.credential);
		}
		out.flush();
		return RegistryCli.OK;
	}

	private void checkLeaf(byte[] leaf, byte[] credential) throws CliException {
		byte[] digest = TreeHasher.sha256().digest(credential);
		if (MessageDigest.isEqual(leaf, credential) || MessageDigest.isEqual(leaf, digest) || contains(leaf, credential)
				|| namesSha256(leaf, HexFormat.of().formatHex(digest))) {
			return;
		}
		throw new CliException(RegistryCli.REFUSED, "not verified (leaf): expected the logged leaf to hold "
				+ this.credential + " (" + credential.length + " bytes), it does not (" + leaf.length + " bytes)");
	}

	/**
	 * Whether {@code leaf} is a registry leaf (JSON) whose {@code sha256} is {@code hex}.
	 */
	static boolean namesSha256(byte[] leaf, String hex) {
		try (JsonReader reader = Json.createReader(new ByteArrayInputStream(leaf))) {
			JsonValue value = reader.readValue();
			return value instanceof JsonObject object && hex.equals(object.getString("sha256", null));
		}
		catch (JsonException | IllegalStateException | ClassCastException ex) {
			return false;
		}
	}

	/** Whether {@code leaf} holds {@code part} as one run of bytes. */
	static boolean contains(byte[] leaf, byte[] part) {
		if (part.length == 0) {
			return false;
		}
		outer: for (int i = 0; i + part.length <= leaf.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (leaf[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
