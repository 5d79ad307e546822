package org.consentregistry.registry.credential;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.consentregistry.registry.credential.CredentialException.Reason;
import org.consentregistry.registry.credential.OfflineDocumentLoader.UnknownContextException;

/**
 * JSON-LD 1.1 to RDF (offline), then RDF Dataset Canonicalization RDFC-1.0 with SHA-256,
 * to canonical N-Quads.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/">RDFC-1.0</a>
 */
final class RdfCanonicalizer {

	/**
	 * Units of canonicalisation work (calls of the library's ticker) allowed for one
	 * dataset: far more than a credential needs, far fewer than a poison graph (RDFC-1.0
	 * §4.4, "excessive Hash N-Degree Quads calls") would take.
	 */
	static final long DEFAULT_WORK_LIMIT = 50_000;

	private final CachedExpansion expansion;

	private final long workLimit;

	RdfCanonicalizer(OfflineDocumentLoader loader) {
		this(loader, DEFAULT_WORK_LIMIT);
	}

	RdfCanonicalizer(OfflineDocumentLoader loader, long workLimit) {
		this.expansion = new CachedExpansion(loader);
		this.workLimit = workLimit;
	}

	/**
	 * Canonicalises a JSON-LD document: expansion (failing on undefined terms and
	 * relative IRIs, see {@link RelativeIriCheck}), JSON-LD to RDF, RDFC-1.0.
	 * @throws CredentialException {@code UNKNOWN_CONTEXT} for a context that is not
	 * bundled, {@code MALFORMED} for invalid JSON-LD or a dataset too costly to
	 * canonicalise
	 */
	String canonicalize(JsonObject document) throws CredentialException {
		try {
			JsonArray expanded = this.expansion.expand(document);
			RelativeIriCheck.check(expanded);
			Optional<String> shortcut = byShortcut(expanded);
			return shortcut.isPresent() ? shortcut.get() : byLibrary(expanded);
		}
		catch (JsonLdError ex) {
			throw translate(ex);
		}
		catch (RuntimeException ex) {
			// the library signals invalid input and exceeded limits with unchecked
			// exceptions
			throw new CredentialException(Reason.MALFORMED, "Expected JSON-LD that can be canonicalised but "
					+ ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * JSON-LD to RDF and RDFC-1.0 by {@link ExpandedRdf} and {@link FirstDegreeCanon}, if
	 * both apply: the same N-Quads as {@link #byLibrary}, several times faster.
	 */
	Optional<String> byShortcut(JsonArray expanded) {
		Optional<List<Statement>> statements = ExpandedRdf.statements(expanded);
		return statements.isPresent() ? FirstDegreeCanon.canonicalize(statements.get(), this.workLimit)
				: Optional.empty();
	}

	/** JSON-LD to RDF and RDFC-1.0 by the libraries: the reference. */
	String byLibrary(JsonArray expanded) throws JsonLdError {
		RdfCanon canon = RdfCanon.create("SHA-256", new WorkLimit(this.workLimit));
		ToRdfProcessor.toRdf(canon, expanded, this.expansion.options());
		return write(canon);
	}

	/** Expansion with the relative IRI check, for tests that compare the two paths. */
	JsonArray expand(JsonObject document) throws JsonLdError, CredentialException {
		JsonArray expanded = this.expansion.expand(document);
		RelativeIriCheck.check(expanded);
		return expanded;
	}

	private static CredentialException translate(JsonLdError error) {
		Optional<UnknownContextException> unknown = UnknownContextException.in(error);
		if (unknown.isPresent()) {
			return new CredentialException(Reason.UNKNOWN_CONTEXT, unknown.get().getMessage(), error);
		}
		JsonLdError innermost = innermost(error);
		JsonLdErrorCode code = innermost.getCode();
		if (code == JsonLdErrorCode.LOADING_DOCUMENT_FAILED || code == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED) {
			return new CredentialException(Reason.UNKNOWN_CONTEXT,
					"Refused a remote document or context: " + innermost.getMessage(), error);
		}
		return new CredentialException(Reason.MALFORMED,
				"Expected valid JSON-LD 1.1 but got " + code + ": " + innermost.getMessage(), error);
	}

	/**
	 * The deepest JSON-LD error: a bundled context that fails is wrapped in a loading
	 * error.
	 */
	private static JsonLdError innermost(JsonLdError error) {
		JsonLdError innermost = error;
		for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JsonLdError nested) {
				innermost = nested;
			}
		}
		return innermost;
	}

	/**
	 * Canonicalises an N-Quads dataset (the form of the RDFC-1.0 test suite).
	 * @param nquads the input
	 * @param hashAlgorithm {@code SHA-256} or {@code SHA-384}
	 * @param workLimit see {@link #DEFAULT_WORK_LIMIT}
	 * @return the canonical N-Quads and the issued identifiers
	 * @throws IOException if the input is not N-Quads
	 * @throws IllegalStateException if the work limit is exceeded
	 */
	static Canonical canonicalizeNQuads(Reader nquads, String hashAlgorithm, long workLimit) throws IOException {
		RdfCanon canon = RdfCanon.create(hashAlgorithm, new WorkLimit(workLimit));
		try {
			new NQuadsReader(nquads).provide(canon);
			return new Canonical(write(canon), canon.mapping());
		}
		catch (NQuadsReaderException | RdfConsumerException ex) {
			throw new IOException(ex);
		}
	}

	private static String write(RdfCanon canon) {
		TextWriter out = new TextWriter();
		try {
			canon.provide(new NQuadsWriter(out));
		}
		catch (RdfConsumerException ex) {
			throw new IllegalStateException("Writing N-Quads to memory failed", ex);
		}
		return out.toString();
	}

	/**
	 * A canonical dataset.
	 *
	 * @param nquads the canonical N-Quads
	 * @param issuedIdentifiers input blank node label to canonical label
	 */
	record Canonical(String nquads, Map<String, String> issuedIdentifiers) {
	}

}
