package org.consentregistry.registry.credential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Inputs of the differential tests that compare a fast path with the libraries: every
 * JSON-LD document among the conformance files and the schemas' examples, with and
 * without proof, and randomly mutated credentials (fixed seeds, see
 * {@link JsonMutations}).
 */
final class DifferentialInputs {

	private DifferentialInputs() {
	}

	static List<JsonObject> conformanceDocuments() {
		List<JsonObject> documents = new ArrayList<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			for (String pattern : new String[] { "classpath*:/conformance/**/*.json",
					"classpath*:/conformance/**/*.jsonld", "classpath*:/schemas/examples/**/*.json" }) {
				for (Resource resource : resolver.getResources(pattern)) {
					try (InputStream in = resource.getInputStream()) {
						JsonObject json = JsonBytes.parseObject(in.readAllBytes());
						if (json.containsKey("@context")) {
							documents.add(json);
							documents.add(ProofSet.unsecured(json));
						}
					}
					catch (CredentialException ex) {
						// not a JSON object: a list of test cases, for example
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return documents;
	}

	/**
	 * Credentials with one to three random mutations each; some are no longer objects.
	 */
	static List<JsonObject> mutatedCredentials(int count) {
		List<JsonObject> seeds = List.of(unsigned(TestCredentials.consentUnsigned("urn:uuid:1", "urn:uuid:2")),
				unsigned(TestCredentials.exampleUnsigned("urn:uuid:3")),
				unsigned(TestCredentials.withdrawalUnsigned("urn:uuid:4", "urn:uuid:1", "urn:uuid:2")));
		List<JsonObject> mutated = new ArrayList<>();
		for (int seed = 0; seed < count; seed++) {
			Random random = new Random(seed);
			JsonValue document = seeds.get(seed % seeds.size());
			for (int round = 0, rounds = 1 + random.nextInt(3); round < rounds; round++) {
				document = JsonMutations.mutate(document, random);
			}
			if (document instanceof JsonObject object) {
				mutated.add(object);
			}
		}
		return mutated;
	}

	private static JsonObject unsigned(String json) {
		try {
			return JsonBytes.parseObject(json.getBytes(StandardCharsets.UTF_8));
		}
		catch (CredentialException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
