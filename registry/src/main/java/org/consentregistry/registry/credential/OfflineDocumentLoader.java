package org.consentregistry.registry.credential;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * A JSON-LD document loader that serves only contexts bundled on the classpath and never
 * touches the network. Any other URL, whether a {@code @context}, an {@code @import} or a
 * remote document, fails with an {@link UnknownContextException} cause that
 * {@link JsonLdProcessor} maps to {@code UNKNOWN_CONTEXT}. Parsed contexts are kept, as
 * they are immutable.
 */
final class OfflineDocumentLoader implements DocumentLoader {

	/** The registry's own context, served from the {@code schemas} module. */
	static final String CONSENT_CONTEXT = "https://w3id.org/consent-registry/context/v1";

	/** URL to classpath resource of every context the registry accepts. */
	static final Map<String, String> BUNDLED = Map.of(
	// @formatter:off
			"https://www.w3.org/ns/credentials/v2", "/contexts/credentials-v2.jsonld",
			"https://www.w3.org/ns/credentials/examples/v2", "/contexts/credentials-examples-v2.jsonld",
			"https://w3id.org/security/data-integrity/v2", "/contexts/data-integrity-v2.jsonld",
			"https://w3id.org/security/multikey/v1", "/contexts/multikey-v1.jsonld",
			"https://www.w3.org/ns/did/v1", "/contexts/did-v1.jsonld",
			"http://www.w3.org/ns/odrl.jsonld", "/contexts/odrl.jsonld",
			CONSENT_CONTEXT, "/schemas/context/v1/consent.jsonld");
			// @formatter:on

	/** The shared loader of the bundled contexts, which keeps them parsed. */
	static final OfflineDocumentLoader BUNDLED_ONLY = new OfflineDocumentLoader();

	private final Map<String, String> resources;

	private final Map<String, Document> documents = new ConcurrentHashMap<>();

	/** A loader of the bundled contexts only. */
	OfflineDocumentLoader() {
		this(Map.of());
	}

	/**
	 * A loader of the bundled contexts plus extra ones; for tests only (for example the
	 * citizenship context of a W3C test vector).
	 * @param extraContexts URL to classpath resource
	 */
	OfflineDocumentLoader(Map<String, String> extraContexts) {
		Map<String, String> all = new HashMap<>(BUNDLED);
		all.putAll(extraContexts);
		this.resources = Map.copyOf(all);
	}

	/** Whether this loader serves a URL. */
	boolean serves(String url) {
		return this.resources.containsKey(url);
	}

	@Override
	public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
		String key = url.toString();
		Document cached = this.documents.get(key);
		if (cached != null) {
			return cached;
		}
		String resource = this.resources.get(key);
		if (resource == null) {
			throw refused(key, "it is not bundled and remote contexts are never fetched");
		}
		Document document = read(key, resource);
		this.documents.putIfAbsent(key, document);
		return document;
	}

	private static Document read(String url, String resource) throws JsonLdError {
		try (InputStream in = OfflineDocumentLoader.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw refused(url, "its bundled copy " + resource + " is not on the classpath");
			}
			JsonDocument document = JsonDocument.of(in);
			document.setDocumentUrl(URI.create(url));
			return document;
		}
		catch (IOException ex) {
			throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, ex);
		}
	}

	private static JsonLdError refused(String url, String why) {
		return new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
				new UnknownContextException("Refused context " + url + ": " + why));
	}

	/** Marks a refused URL in a {@link JsonLdError}'s causes. */
	static final class UnknownContextException extends Exception {

		private static final long serialVersionUID = 1L;

		UnknownContextException(String message) {
			super(message, null, false, false);
		}

		/** The refusal among the causes of an error, if any. */
		static Optional<UnknownContextException> in(Throwable error) {
			for (Throwable cause = error; cause != null; cause = cause.getCause()) {
				if (cause instanceof UnknownContextException unknown) {
					return Optional.of(unknown);
				}
			}
			return Optional.empty();
		}

	}

}
