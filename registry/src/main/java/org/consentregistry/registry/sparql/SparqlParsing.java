package org.consentregistry.registry.sparql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.update.UpdateFactory;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

/**
 * Parses a protocol request's query as standard SPARQL 1.1 (no ARQ extensions) and
 * applies the protocol's dataset, which takes precedence over the query's own
 * {@code FROM} and {@code FROM NAMED} (SPARQL 1.1 Protocol §2.1.4).
 */
final class SparqlParsing {

	private static final int MAX_MESSAGE = 2000;

	/**
	 * Where the parser's message places the error; the exception's own line and column
	 * can name the token before it.
	 */
	private static final Pattern POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

	private SparqlParsing() {
	}

	/**
	 * The parsed query.
	 * @param request the protocol request
	 * @param base the base IRI relative IRIs in the query resolve against
	 * @throws ProblemException {@code sparql-syntax} if it does not parse,
	 * {@code sparql-update-refused} if it parses as an update, {@code invalid-parameter}
	 * if a graph IRI is not an absolute IRI
	 */
	static Query parse(ProtocolRequest request, String base) {
		Query query;
		try {
			query = QueryFactory.create(request.query(), base, Syntax.syntaxSPARQL_11);
		}
		catch (QueryParseException ex) {
			if (isUpdate(request.query(), base)) {
				throw ProtocolRequest.updateRefused();
			}
			throw syntaxError(ex);
		}
		if (callsService(query)) {
			throw new ProblemException(Problem.SPARQL_SERVICE_REFUSED,
					"Expected a query over this registry's dataset but it calls SERVICE; this endpoint never "
							+ "queries other endpoints (send the SERVICE part to that endpoint yourself)");
		}
		if (!request.defaultGraphs().isEmpty() || !request.namedGraphs().isEmpty()) {
			query.getGraphURIs().clear();
			query.getNamedGraphURIs().clear();
			checked("default-graph-uri", request.defaultGraphs()).forEach(query::addGraphURI);
			checked("named-graph-uri", request.namedGraphs()).forEach(query::addNamedGraphURI);
		}
		return query;
	}

	/**
	 * Whether the query has a SERVICE clause anywhere, sub-queries and EXISTS included.
	 * Execution refuses SERVICE too ({@code ARQ.httpServiceAllowed}); this gives the
	 * clearer answer.
	 */
	private static boolean callsService(Query query) {
		if (query.getQueryPattern() == null) {
			return false;
		}
		boolean[] found = { false };
		Walker.walk(Algebra.compile(query), new OpVisitorBase() {
			@Override
			public void visit(OpService service) {
				found[0] = true;
			}
		}, new ExprVisitorBase() {
		});
		return found[0];
	}

	private static boolean isUpdate(String text, String base) {
		try {
			UpdateFactory.create(text, base, Syntax.syntaxSPARQL_11);
			return true;
		}
		catch (QueryParseException ex) {
			return false;
		}
	}

	private static ProblemException syntaxError(QueryParseException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.length() > MAX_MESSAGE) {
			message = message.substring(0, MAX_MESSAGE) + " …";
		}
		ProblemException problem = new ProblemException(Problem.SPARQL_SYNTAX, message);
		Matcher position = POSITION.matcher(message);
		if (position.find()) {
			problem.with("line", Integer.parseInt(position.group(1)))
				.with("column", Integer.parseInt(position.group(2)));
		}
		else if (ex.getLine() > 0) {
			problem.with("line", ex.getLine()).with("column", ex.getColumn());
		}
		return problem;
	}

	private static List<String> checked(String parameter, List<String> iris) {
		for (String iri : iris) {
			try {
				if (!IRIx.create(iri).isAbsolute()) {
					throw new IRIException("not absolute");
				}
			}
			catch (IRIException ex) {
				throw new ProblemException(Problem.INVALID_PARAMETER,
						"Expected an absolute IRI in " + parameter + " but got " + iri)
					.with("parameter", parameter);
			}
		}
		return iris;
	}

}
