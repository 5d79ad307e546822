package org.consentregistry.registry.credential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Reads the conformance files copied under {@code src/test/resources/conformance/} (see
 * the SOURCES.md there).
 */
final class Conformance {

	static final String ROOT = "/conformance/";

	static final String CITIZENSHIP_CONTEXT = "https://w3id.org/citizenship/v4rc1";

	static final String ED25519_2020_CONTEXT = "https://w3id.org/security/suites/ed25519-2020/v1";

	/**
	 * The bundled contexts plus the test-only ones the W3C fixtures need; never used
	 * outside tests.
	 */
	static final OfflineDocumentLoader TEST_LOADER = new OfflineDocumentLoader(
			Map.of(CITIZENSHIP_CONTEXT, ROOT + "jsonld-contexts/citizenship-vocab/contexts/citizenship-v4rc1.jsonld",
					ED25519_2020_CONTEXT, ROOT + "vc-di-eddsa/contexts/lds-ed25519-2020-v1.json"));

	private Conformance() {
	}

	static byte[] bytes(String path) {
		try (InputStream in = Conformance.class.getResourceAsStream(ROOT + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No conformance file " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	static JsonObject json(String path) {
		try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(bytes(path)))) {
			return reader.readObject();
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

}
