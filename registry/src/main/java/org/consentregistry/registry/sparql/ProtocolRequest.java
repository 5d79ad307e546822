package org.consentregistry.registry.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;

/**
 * A query operation as the SPARQL 1.1 Protocol (§2.1) sends it: by GET with
 * {@code query=}, by POST of an HTML form, or by POST of the query itself
 * ({@code application/sparql-query}); with the RDF dataset named by
 * {@code default-graph-uri} and {@code named-graph-uri}. Update operations (§2.2) are
 * refused.
 *
 * @param query the query text
 * @param defaultGraphs the {@code default-graph-uri} values, in order
 * @param namedGraphs the {@code named-graph-uri} values, in order
 */
record ProtocolRequest(String query, List<String> defaultGraphs, List<String> namedGraphs) {

	static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");

	static final MediaType SPARQL_UPDATE = MediaType.parseMediaType("application/sparql-update");

	/**
	 * Reads the operation, refusing updates and queries longer than {@code maxLength}.
	 */
	static ProtocolRequest read(HttpServletRequest request, int maxLength) {
		if (request.getParameter("update") != null) {
			throw updateRefused();
		}
		String query;
		if ("POST".equals(request.getMethod())) {
			MediaType type = contentType(request);
			if (SPARQL_UPDATE.equalsTypeAndSubtype(type)) {
				throw updateRefused();
			}
			if (SPARQL_QUERY.equalsTypeAndSubtype(type)) {
				query = body(request, maxLength);
			}
			else if (MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(type)) {
				query = single(request, "query");
			}
			else {
				throw new ProblemException(Problem.UNSUPPORTED_MEDIA_TYPE,
						"Expected Content-Type application/sparql-query or application/x-www-form-urlencoded but got "
								+ type);
			}
		}
		else {
			query = single(request, "query");
		}
		checkLength(query, maxLength);
		return new ProtocolRequest(query, values(request, "default-graph-uri"), values(request, "named-graph-uri"));
	}

	static ProblemException updateRefused() {
		return new ProblemException(Problem.SPARQL_UPDATE_REFUSED,
				"This endpoint is read-only: it answers SPARQL queries, never updates. Records change only by "
						+ "submitting signed credentials to POST /records.");
	}

	private static MediaType contentType(HttpServletRequest request) {
		String header = request.getContentType();
		if (header == null || header.isBlank()) {
			throw new ProblemException(Problem.UNSUPPORTED_MEDIA_TYPE,
					"Expected Content-Type application/sparql-query or application/x-www-form-urlencoded but got none");
		}
		try {
			return MediaType.parseMediaType(header);
		}
		catch (IllegalArgumentException ex) {
			throw new ProblemException(Problem.UNSUPPORTED_MEDIA_TYPE,
					"Expected a media type in Content-Type but got " + header);
		}
	}

	private static String single(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null || values.length != 1 || values[0].isBlank()) {
			throw new ProblemException(Problem.INVALID_PARAMETER,
					"Expected exactly one non-empty '" + name + "' parameter but got "
							+ ((values == null) ? "none" : values.length + (values.length == 1 ? " empty" : "")))
				.with("parameter", name);
		}
		return values[0];
	}

	private static List<String> values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null) ? List.of(values) : List.of();
	}

	private static String body(HttpServletRequest request, int maxLength) {
		try {
			byte[] bytes = request.getInputStream().readNBytes(maxLength * 4 + 1);
			String query = new String(bytes, StandardCharsets.UTF_8);
			checkLength(query, maxLength);
			if (query.isBlank()) {
				throw new ProblemException(Problem.INVALID_PARAMETER, "Expected a query in the body but it is empty")
					.with("parameter", "query");
			}
			return query;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void checkLength(@Nullable String query, int maxLength) {
		if (query != null && query.length() > maxLength) {
			throw new ProblemException(Problem.SPARQL_QUERY_TOO_LONG,
					"Expected a query of at most " + maxLength + " characters but got a longer one")
				.with("maxLength", maxLength);
		}
	}

}
