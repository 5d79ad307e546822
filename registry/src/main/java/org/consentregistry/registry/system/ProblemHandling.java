package org.consentregistry.registry.system;

import java.net.URI;
import java.util.Map;

import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialException.Reason;
import org.consentregistry.registry.search.InvalidSearchQueryException;
import org.consentregistry.registry.search.SearchUnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every failure as RFC 9457 {@code application/problem+json} with a documented
 * {@link Problem} type: the registry's own {@link ProblemException}s, refused
 * credentials, and Spring MVC's standard exceptions (which get the type matching their
 * status).
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemHandling.class);

	private static final URI BLANK = URI.create("about:blank");

	private static final Map<Reason, Problem> REASONS = Map.of(Reason.MALFORMED, Problem.MALFORMED_CREDENTIAL,
			Reason.UNKNOWN_CONTEXT, Problem.UNKNOWN_CONTEXT, Reason.UNSIGNED, Problem.UNSIGNED_CREDENTIAL,
			Reason.UNKNOWN_CRYPTOSUITE, Problem.UNKNOWN_CRYPTOSUITE, Reason.BAD_SIGNATURE, Problem.BAD_SIGNATURE,
			Reason.UNRESOLVABLE_KEY, Problem.UNRESOLVABLE_KEY, Reason.ISSUER_MISMATCH, Problem.ISSUER_MISMATCH,
			Reason.NOT_YET_VALID, Problem.NOT_YET_VALID, Reason.EXPIRED, Problem.EXPIRED);

	private static final Map<Integer, Problem> STATUSES = Map.of(400, Problem.INVALID_PARAMETER, 404, Problem.NOT_FOUND,
			405, Problem.METHOD_NOT_ALLOWED, 406, Problem.NOT_ACCEPTABLE, 413, Problem.BODY_TOO_LARGE, 415,
			Problem.UNSUPPORTED_MEDIA_TYPE);

	/** The problem a refused credential maps to. */
	static Problem problemOf(Reason reason) {
		return REASONS.get(reason);
	}

	@ExceptionHandler
	ResponseEntity<Object> handleRefusedCredential(CredentialException ex, WebRequest request) {
		return handleErrorResponseException(
				new ProblemException(problemOf(ex.reason()), String.valueOf(ex.getMessage()), ex), new HttpHeaders(),
				problemOf(ex.reason()).status(), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> handleSearchUnavailable(SearchUnavailableException ex, WebRequest request) {
		logger.warn("Search unavailable: {}", ex.getMessage());
		Problem problem = Problem.SEARCH_UNAVAILABLE;
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		ProblemDetail body = ProblemException.problemDetail(problem,
				"The search index cannot answer right now; records are still being accepted and will be searchable "
						+ "once it is back. Retry after " + seconds + " seconds.");
		body.setProperty("retryAfterSeconds", seconds);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return createResponseEntity(body, headers, problem.status(), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> handleInvalidSearch(InvalidSearchQueryException ex, WebRequest request) {
		ProblemException problem = new ProblemException(Problem.INVALID_PARAMETER, String.valueOf(ex.getMessage()), ex)
			.with("parameter", ex.parameter());
		return handleErrorResponseException(problem, new HttpHeaders(), problem.problem().status(), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		logger.error("Unexpected failure", ex);
		Problem problem = Problem.INTERNAL_ERROR;
		ProblemDetail body = ProblemException.problemDetail(problem, "The registry failed to answer; try again later.");
		return createResponseEntity(body, new HttpHeaders(), problem.status(), request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail detail && (detail.getType() == null || BLANK.equals(detail.getType()))) {
			Problem problem = STATUSES.get(statusCode.value());
			if (problem != null) {
				detail.setType(problem.type());
				detail.setTitle(problem.title());
			}
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

}
