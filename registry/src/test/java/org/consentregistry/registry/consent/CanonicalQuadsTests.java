package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialVerifier;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Differential tests of {@link CanonicalQuads} against Jena's N-Quads parser: on the
 * canonical N-Quads of every schema example and on thousands of mutations of them, the
 * reader either gives up or gives the parser's graph (isomorphic), and refuses what the
 * parser refuses.
 */
class CanonicalQuadsTests {

	private static final Clock LATER = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

	private static final String ALPHABET = "\\\"<>_:@^ .\n\tuU0c#-é{}%/\u00e9\uD83D";

	@Test
	void readsEveryExampleAsJenaDoes() throws IOException {
		List<String> documents = canonicalExamples();
		assertThat(documents).hasSizeGreaterThan(10);
		for (String nquads : documents) {
			Optional<Graph> read = CanonicalQuads.read(nquads, 10_000);
			assertThat(read).as(nquads).isPresent();
			assertThat(read.get().isIsomorphicWith(CredentialGraph.parseWithJena(nquads, 10_000))).as(nquads).isTrue();
		}
	}

	@Test
	void agreesWithJenaOnMutatedCanonicalQuads() throws IOException {
		List<String> documents = canonicalExamples();
		Random random = new Random(20261126L);
		int read = 0;
		for (int i = 0; i < 6000; i++) {
			String mutated = mutate(documents.get(random.nextInt(documents.size())), random);
			read += agree(mutated) ? 1 : 0;
		}
		assertThat(read).as("mutations the reader took itself").isGreaterThan(1000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<urn:x:a> <urn:x:p> \"tab\\there \\\"q\\\" \\\\ \\u00e9\\U0001F600\" .\n",
			"<urn:x:a> <urn:x:p> \"hello\"@en-GB .\n", "<urn:x:a> <urn:x:p> \"hi\"@en--ltr .\n",
			"_:c14n0 <urn:x:p> _:c14n1 .\n_:c14n1 <urn:x:p> _:c14n0 .\n",
			"<http://a.example/b/../c> <urn:x:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
			"<urn:x:a> <urn:x:p> \"x\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n",
			"<urn:x:a> <urn:x:p> <urn:x:o> <urn:x:g> .\n", "<http://exa mple/> <urn:x:p> <urn:x:o> .\n",
			"<http://example/> <urn:x:p> <urn:x:o> .", "<x> <urn:x:p> <urn:x:o> .\n" })
	void agreesWithJenaOnEdgeCases(String nquads) {
		agree(nquads);
	}

	@Test
	void refusesMoreTriplesThanAllowed() throws IOException {
		String nquads = canonicalExamples().get(0);
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> CanonicalQuads.read(nquads, 3))
			.withMessageContaining("Expected at most 3 triples");
	}

	/** Whether the reader took the text itself; fails if it disagrees with Jena. */
	private static boolean agree(String nquads) {
		Object jena;
		try {
			jena = CredentialGraph.parseWithJena(nquads, 10_000);
		}
		catch (RuntimeException ex) {
			jena = ex;
		}
		Optional<Graph> read;
		try {
			read = CanonicalQuads.read(nquads, 10_000);
		}
		catch (RuntimeException ex) {
			assertThat(jena).as(nquads).isInstanceOf(RuntimeException.class);
			assertThat(ex.getClass()).as(nquads).isEqualTo(jena.getClass());
			return true;
		}
		if (read.isEmpty()) {
			return false;
		}
		assertThat(jena).as(nquads).isInstanceOf(Graph.class);
		assertThat(read.get().isIsomorphicWith((Graph) jena)).as(nquads).isTrue();
		return true;
	}

	private static String mutate(String text, Random random) {
		StringBuilder out = new StringBuilder(text);
		for (int n = 1 + random.nextInt(3); n > 0; n--) {
			int at = random.nextInt(out.length());
			char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
			switch (random.nextInt(3)) {
				case 0 -> out.setCharAt(at, c);
				case 1 -> out.insert(at, c);
				default -> out.deleteCharAt(at);
			}
		}
		return out.toString();
	}

	private static List<String> canonicalExamples() throws IOException {
		CredentialVerifier verifier = new CredentialVerifier(LATER);
		List<String> documents = new ArrayList<>();
		for (String folder : List.of("valid", "invalid")) {
			for (String name : ExampleCredentials.names(folder)) {
				try (InputStream in = ExampleCredentials.open(ExampleCredentials.EXAMPLES + folder + "/" + name)) {
					String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					documents.add(verifier.verify(TestCredentials.sign(json)).canonicalDocument());
				}
				catch (CredentialException | IllegalArgumentException ex) {
					// not signable with the test key, or refused by verification: never
					// reaches the graph
				}
			}
		}
		return documents;
	}

}
