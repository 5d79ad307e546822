package org.consentregistry.registry.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.IntStream;

import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialSigner;
import org.consentregistry.registry.credential.SigningKey;

/**
 * Writes benchmark input generated at run time: {@code count} distinct signed consent
 * credentials, one JSON document a line. Never committed; see docs/benchmarks.md.
 */
public final class BenchmarkInputs {

	private BenchmarkInputs() {
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		Path out = Path.of(args[1]);
		SigningKey key = SigningKey.generate();
		ExampleWorks works = new ExampleWorks(key.did(), "bench-" + Instant.now().toEpochMilli());
		CredentialSigner signer = new CredentialSigner();
		Instant created = Instant.parse("2026-01-01T00:00:00Z");
		String[] lines = IntStream.range(0, count).parallel().mapToObj((i) -> {
			try {
				byte[] unsigned = works.credential(i).toString().getBytes(StandardCharsets.UTF_8);
				return new String(signer.sign(unsigned, key, created), StandardCharsets.UTF_8).replace('\n', ' ');
			}
			catch (CredentialException ex) {
				throw new IllegalStateException("example work " + i + " did not sign: " + ex.getMessage(), ex);
			}
		}).toArray(String[]::new);
		try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			for (String line : lines) {
				writer.write(line);
				writer.newLine();
			}
		}
	}

}
