package org.consentregistry.registry.system;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every failure the API reports, each with a stable problem {@code type} URI
 * ({@code https://w3id.org/consent-registry/problems/<slug>}), an HTTP status and a
 * title. Documented in {@code docs/problems.md}; slugs never change.
 */
public enum Problem {

	/** Not JSON, not a JSON object, too deeply nested, or not valid JSON-LD. */
	MALFORMED_CREDENTIAL("malformed-credential", HttpStatus.BAD_REQUEST, "Malformed credential"),

	/** Names a JSON-LD context the registry does not bundle. */
	UNKNOWN_CONTEXT("unknown-context", HttpStatus.UNPROCESSABLE_CONTENT, "Unknown JSON-LD context"),

	/** Has no proof. */
	UNSIGNED_CREDENTIAL("unsigned-credential", HttpStatus.UNPROCESSABLE_CONTENT, "Unsigned credential"),

	/** A proof of a type or cryptosuite other than eddsa-rdfc-2022. */
	UNKNOWN_CRYPTOSUITE("unknown-cryptosuite", HttpStatus.UNPROCESSABLE_CONTENT, "Unknown cryptosuite"),

	/** A malformed proof, or a signature that does not verify. */
	BAD_SIGNATURE("bad-signature", HttpStatus.UNPROCESSABLE_CONTENT, "Bad signature"),

	/** A verification method that cannot be resolved offline. */
	UNRESOLVABLE_KEY("unresolvable-key", HttpStatus.UNPROCESSABLE_CONTENT, "Unresolvable key"),

	/** Signer and issuer differ, or an update comes from another issuer. */
	ISSUER_MISMATCH("issuer-mismatch", HttpStatus.FORBIDDEN, "Issuer mismatch"),

	/** validFrom lies in the future. */
	NOT_YET_VALID("not-yet-valid", HttpStatus.UNPROCESSABLE_CONTENT, "Credential not yet valid"),

	/** validUntil has passed. */
	EXPIRED("expired", HttpStatus.UNPROCESSABLE_CONTENT, "Credential expired"),

	/** The credential id is missing or not a urn:uuid. */
	INVALID_CREDENTIAL_ID("invalid-credential-id", HttpStatus.UNPROCESSABLE_CONTENT, "Invalid credential id"),

	/** The credential's graph does not conform to the SHACL shapes. */
	SHACL_VIOLATION("shacl-violation", HttpStatus.UNPROCESSABLE_CONTENT, "Credential does not conform to the shapes"),

	/** The request body exceeds the size limit. */
	BODY_TOO_LARGE("body-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),

	/** The credential's graph has more triples than allowed. */
	TOO_MANY_TRIPLES("too-many-triples", HttpStatus.UNPROCESSABLE_CONTENT, "Too many triples"),

	/** An update or withdrawal replaces a version that is no longer current. */
	SUPERSEDED("superseded", HttpStatus.CONFLICT, "Record already superseded"),

	/** An update or withdrawal replaces a record whose chain was withdrawn. */
	WITHDRAWN("withdrawn", HttpStatus.CONFLICT, "Record withdrawn"),

	/** An update or withdrawal replaces a record the registry does not hold. */
	UNKNOWN_REPLACED_RECORD("unknown-replaced-record", HttpStatus.CONFLICT, "Replaced record unknown"),

	/** An update is dated before the version it replaces. */
	OUT_OF_ORDER_UPDATE("out-of-order-update", HttpStatus.CONFLICT, "Update older than the version it replaces"),

	/** A credential id already recorded with different content. */
	CONFLICTING_CREDENTIAL("conflicting-credential", HttpStatus.CONFLICT, "Conflicting credential"),

	/** No record has this id. */
	UNKNOWN_RECORD("unknown-record", HttpStatus.NOT_FOUND, "Unknown record"),

	/**
	 * A record asked about as of a time or log size before the registry received it.
	 */
	NOT_YET_RECORDED("not-yet-recorded", HttpStatus.NOT_FOUND, "Not yet recorded at that point"),

	/** No such resource. */
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),

	/** The request's Content-Type is not accepted here. */
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),

	/** None of the representations the request accepts is available. */
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),

	/** The HTTP method is not supported on this resource. */
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),

	/** A query parameter or request part is missing or invalid. */
	INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),

	/** A site path names something that is not a domain name. */
	INVALID_DOMAIN("invalid-domain", HttpStatus.BAD_REQUEST, "Invalid domain"),

	/** A log proof was asked for a tree size beyond the latest signed checkpoint. */
	LOG_SIZE_BEYOND_CHECKPOINT("log-size-beyond-checkpoint", HttpStatus.NOT_FOUND,
			"Tree size beyond the latest checkpoint"),

	/** An answer was asked as of a log size larger than the durable log. */
	LOG_SIZE_BEYOND_LOG("log-size-beyond-log", HttpStatus.NOT_FOUND, "Log size beyond the log"),

	/** Both {@code at} and {@code logSize} were given; at most one may be. */
	CONFLICTING_POINT_IN_TIME("conflicting-point-in-time", HttpStatus.BAD_REQUEST, "Both a time and a log size given"),

	/** An inclusion proof was asked for a leaf index not below the tree size. */
	LOG_INDEX_BEYOND_SIZE("log-index-beyond-size", HttpStatus.NOT_FOUND, "Leaf index beyond the tree size"),

	/** The log has no signed checkpoint to serve (not yet, or signing stopped). */
	CHECKPOINT_UNAVAILABLE("checkpoint-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "No checkpoint available"),

	/**
	 * The search index cannot be reached or cannot answer right now; answered with
	 * {@code Retry-After}.
	 */
	SEARCH_UNAVAILABLE("search-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Search unavailable"),

	/**
	 * An administrative endpoint was called from a non-loopback address without a valid
	 * admin token.
	 */
	FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),

	/** No control claim has this id. */
	UNKNOWN_CLAIM("unknown-claim", HttpStatus.NOT_FOUND, "Unknown control claim"),

	/**
	 * The issuer or the registry holds too many unverified claims, or claims arrive too
	 * fast.
	 */
	TOO_MANY_CLAIMS("too-many-claims", HttpStatus.TOO_MANY_REQUESTS, "Too many control claims"),

	/** A claim was checked on demand again before the minimum interval passed. */
	CHECK_TOO_SOON("check-too-soon", HttpStatus.TOO_MANY_REQUESTS, "Checked too soon"),

	/** A check found neither the value nor the name it looked for. */
	TOKEN_NOT_FOUND("token-not-found", HttpStatus.UNPROCESSABLE_CONTENT, "Token not found"),

	/**
	 * A check target resolves to a private, loopback, link-local or other non-public
	 * address.
	 */
	FORBIDDEN_ADDRESS("forbidden-address", HttpStatus.UNPROCESSABLE_CONTENT, "Forbidden address"),

	/** A check target cannot be resolved or connected to, or TLS fails. */
	UNREACHABLE_TARGET("unreachable-target", HttpStatus.UNPROCESSABLE_CONTENT, "Unreachable target"),

	/** A check target did not answer within the time limit. */
	CHECK_TIMEOUT("check-timeout", HttpStatus.UNPROCESSABLE_CONTENT, "Check timed out"),

	/** A check target redirected more often than allowed. */
	TOO_MANY_REDIRECTS("too-many-redirects", HttpStatus.UNPROCESSABLE_CONTENT, "Too many redirects"),

	/**
	 * A check target redirected outside what the claim covers, or to a scheme not
	 * allowed.
	 */
	REFUSED_REDIRECT("refused-redirect", HttpStatus.UNPROCESSABLE_CONTENT, "Redirect refused"),

	/** A check target answered with a status other than 200 (or a redirect). */
	UNEXPECTED_STATUS("unexpected-status", HttpStatus.UNPROCESSABLE_CONTENT, "Unexpected status"),

	/** A check target's body is larger than the size cap. */
	RESPONSE_TOO_LARGE("response-too-large", HttpStatus.UNPROCESSABLE_CONTENT, "Response too large"),

	/** A SPARQL query that does not parse; members {@code line} and {@code column}. */
	SPARQL_SYNTAX("sparql-syntax", HttpStatus.BAD_REQUEST, "SPARQL syntax error"),

	/** A SPARQL update sent to the read-only SPARQL endpoint. */
	SPARQL_UPDATE_REFUSED("sparql-update-refused", HttpStatus.FORBIDDEN, "SPARQL updates refused"),

	/** A SPARQL query with SERVICE: the endpoint never calls other endpoints. */
	SPARQL_SERVICE_REFUSED("sparql-service-refused", HttpStatus.FORBIDDEN, "SPARQL federated query refused"),

	/** A SPARQL query longer than the configured maximum. */
	SPARQL_QUERY_TOO_LONG("sparql-query-too-long", HttpStatus.CONTENT_TOO_LARGE, "SPARQL query too long"),

	/** A SPARQL query that did not finish within the time limit; it was cancelled. */
	SPARQL_TIMEOUT("sparql-timeout", HttpStatus.UNPROCESSABLE_CONTENT, "SPARQL query timed out"),

	/** A SPARQL query whose answer has more rows or triples than allowed. */
	SPARQL_TOO_MANY_RESULTS("sparql-too-many-results", HttpStatus.UNPROCESSABLE_CONTENT, "SPARQL answer too large"),

	/** Every SPARQL query slot stayed busy for the whole time limit. */
	SPARQL_BUSY("sparql-busy", HttpStatus.SERVICE_UNAVAILABLE, "SPARQL endpoint busy"),

	/**
	 * A bulk-check line that is not a JSON object with exactly one of {@code url} and
	 * {@code sha256} (a string) and an optional {@code id} (a string or number); reported
	 * in place of that line's answer.
	 */
	MALFORMED_ITEM("malformed-item", HttpStatus.BAD_REQUEST, "Malformed bulk-check item"),

	/**
	 * A bulk-check item whose URL is not a usable http(s) URL, or whose sha256 is not 64
	 * hex digits; reported in place of that line's answer.
	 */
	INVALID_IDENTIFIER("invalid-identifier", HttpStatus.BAD_REQUEST, "Invalid identifier"),

	/** A bulk-check line longer than the limit; reported in place of its answer. */
	ITEM_TOO_LONG("item-too-long", HttpStatus.CONTENT_TOO_LARGE, "Bulk-check item too long"),

	/**
	 * A bulk check ran longer than its time limit; reported in the summary line, which
	 * ends the answer early.
	 */
	BULK_CHECK_TIME_LIMIT("bulk-check-time-limit", HttpStatus.REQUEST_TIMEOUT, "Bulk check took too long"),

	/**
	 * The body of a bulk check could not be read to its end (the client stayed idle past
	 * the connection timeout, or the connection broke); reported in the summary line when
	 * it can still be written.
	 */
	BULK_CHECK_READ_FAILED("bulk-check-read-failed", HttpStatus.BAD_REQUEST, "Bulk-check body not read to its end"),

	/** Every bulk-check slot is in use; answered with {@code Retry-After}. */
	BULK_CHECK_BUSY("bulk-check-busy", HttpStatus.SERVICE_UNAVAILABLE, "Bulk check busy"),

	/**
	 * A search or public page waited longer than {@code registry.reads.max-wait} for its
	 * turn ({@link ReadAdmission}); answered with {@code Retry-After}.
	 */
	READS_BUSY("reads-busy", HttpStatus.SERVICE_UNAVAILABLE, "Too many reads at once"),

	/** An unexpected failure in the registry; nothing about the request is wrong. */
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

	/** The base of every problem type URI. */
	public static final String BASE = "https://w3id.org/consent-registry/problems/";

	private final String slug;

	private final HttpStatus status;

	private final String title;

	Problem(String slug, HttpStatus status, String title) {
		this.slug = slug;
		this.status = status;
		this.title = title;
	}

	/** The stable last path segment of the type URI. */
	public String slug() {
		return this.slug;
	}

	/** The problem's type URI. */
	public URI type() {
		return URI.create(BASE + this.slug);
	}

	/** The HTTP status answered. */
	public HttpStatus status() {
		return this.status;
	}

	/** A short human summary. */
	public String title() {
		return this.title;
	}

}
