package org.consentregistry.registry.sparql;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.query.Query;
import org.consentregistry.registry.RegistryProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SPARQL 1.1 Protocol query operation at {@code /sparql} (GET, POST of a form, POST
 * of {@code application/sparql-query}); updates are refused. See
 * {@code docs/guides/search-and-sparql.md}.
 */
@RestController
class SparqlController {

	private final SparqlQueries queries;

	private final SparqlProperties limits;

	private final String base;

	SparqlController(SparqlQueries queries, SparqlProperties limits, RegistryProperties registry) {
		this.queries = queries;
		this.limits = limits;
		String uri = registry.baseUri().toString();
		this.base = (uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri) + "/sparql";
	}

	@RequestMapping(path = "/sparql", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> query(HttpServletRequest request) {
		ProtocolRequest operation = ProtocolRequest.read(request, this.limits.maxQueryLength());
		Query query = SparqlParsing.parse(operation, this.base);
		boolean graph = query.isConstructType() || query.isDescribeType();
		ResultFormat format = ResultFormat.negotiate(graph, request.getHeader(HttpHeaders.ACCEPT),
				request.getParameter("format"));
		SparqlAnswer answer = this.queries.answer(query);
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(format.write(answer));
	}

}
