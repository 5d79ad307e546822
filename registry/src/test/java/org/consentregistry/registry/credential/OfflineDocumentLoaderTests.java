package org.consentregistry.registry.credential;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.consentregistry.registry.credential.CredentialException.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON-LD is processed offline only: a context, an {@code @import} or a scoped context
 * that is not bundled is refused with {@code UNKNOWN_CONTEXT}, and a real HTTP server on
 * the named URL receives no request at all.
 */
class OfflineDocumentLoaderTests {

	private static final String ID = "urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	private HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private String base;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			this.requests.incrementAndGet();
			byte[] body = "{\"@context\": {\"title\": \"https://schema.org/name\"}}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void refusesContextOnLocalServerWithoutRequestingIt() {
		byte[] unsigned = withSecondContext(Json.createValue(this.base + "/context.jsonld"));
		CredentialVerifierTests.assertRefused(() -> new CredentialVerifier().verify(unsigned), Reason.UNKNOWN_CONTEXT);
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void refusesToSignWithContextOnLocalServerWithoutRequestingIt() {
		byte[] unsigned = withSecondContext(Json.createValue(this.base + "/context.jsonld"));
		CredentialVerifierTests.assertRefused(
				() -> new CredentialSigner().sign(unsigned, TestCredentials.CREATOR, TestCredentials.CREATED),
				Reason.UNKNOWN_CONTEXT);
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void refusesImportOfContextOnLocalServerWithoutRequestingIt() {
		byte[] unsigned = withSecondContext(
				Json.createObjectBuilder().add("@version", 1.1).add("@import", this.base + "/imported.jsonld").build());
		CredentialVerifierTests.assertRefused(() -> new CredentialVerifier().verify(unsigned), Reason.UNKNOWN_CONTEXT);
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void refusesScopedContextOnLocalServerWithoutRequestingIt() {
		byte[] unsigned = withSecondContext(Json.createObjectBuilder()
			.add("ExampleConsentCredential",
					Json.createObjectBuilder()
						.add("@id", "https://example.org/#ExampleConsentCredential")
						.add("@context", this.base + "/scoped.jsonld"))
			.build());
		CredentialVerifierTests.assertRefused(() -> new CredentialVerifier().verify(unsigned), Reason.UNKNOWN_CONTEXT);
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void refusesSignedCredentialWhoseContextIsRemote() {
		byte[] signed = TestCredentials.sign(TestCredentials.exampleUnsigned(ID));
		byte[] changed = CredentialVerifierTests.edit(signed, (doc) -> CredentialVerifierTests.with(doc, "@context",
				Json.createArrayBuilder(doc.getJsonArray("@context")).add(this.base + "/late.jsonld").build()));
		CredentialVerifierTests.assertRefused(() -> new CredentialVerifier().verify(changed), Reason.UNKNOWN_CONTEXT);
		assertThat(this.requests).hasValue(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://www.w3.org/2018/credentials/v1", "https://schema.org/",
			"https://w3id.org/citizenship/v4rc1", "file:///etc/passwd", "relative/context.jsonld" })
	void refusesEveryContextThatIsNotBundled(String context) {
		byte[] unsigned = withSecondContext(Json.createValue(context));
		CredentialVerifierTests.assertRefused(() -> new CredentialVerifier().verify(unsigned), Reason.UNKNOWN_CONTEXT);
	}

	@Test
	void servesEveryBundledContextFromTheClasspath() throws Exception {
		OfflineDocumentLoader loader = new OfflineDocumentLoader();
		for (String url : OfflineDocumentLoader.BUNDLED.keySet()) {
			var document = loader.loadDocument(java.net.URI.create(url), null);
			assertThat(document.getJsonContent()).as(url).isPresent();
		}
	}

	@Test
	void servesTestContextsOnlyThroughTheTestLoader() {
		assertThat(OfflineDocumentLoader.BUNDLED).doesNotContainKey(Conformance.CITIZENSHIP_CONTEXT);
		assertThat(Conformance.TEST_LOADER).isNotSameAs(OfflineDocumentLoader.BUNDLED_ONLY);
	}

	private static byte[] withSecondContext(jakarta.json.JsonValue context) {
		return CredentialVerifierTests.edit(TestCredentials.exampleUnsigned(ID),
				(doc) -> CredentialVerifierTests.with(doc, "@context",
						Json.createArrayBuilder()
							.add(CredentialStructure.BASE_CONTEXT)
							.add(context)
							.add("https://www.w3.org/ns/credentials/examples/v2")
							.build()));
	}

}
