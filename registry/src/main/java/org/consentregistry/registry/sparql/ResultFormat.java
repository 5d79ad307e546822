package org.consentregistry.registry.sparql;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.consentregistry.registry.system.RdfMediaTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The formats of answers, in the order the endpoint prefers them when the client accepts
 * several equally: SPARQL results (JSON, XML, CSV, TSV) for SELECT and ASK, RDF (Turtle,
 * JSON-LD, N-Triples, N-Quads, RDF/XML) for CONSTRUCT and DESCRIBE. Chosen by the
 * {@code format} parameter if given, else by {@code Accept} (RFC 9110 §12.5.1: the most
 * specific range that matches an offer gives its quality).
 */
enum ResultFormat {

	JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON, false),

	XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML, false),

	CSV("csv", "text/csv;charset=utf-8", ResultSetLang.RS_CSV, false),

	TSV("tsv", "text/tab-separated-values;charset=utf-8", ResultSetLang.RS_TSV, false),

	TURTLE("ttl", "text/turtle;charset=utf-8", Lang.TURTLE, true),

	JSON_LD("jsonld", RdfMediaTypes.LD_JSON.toString(), Lang.JSONLD, true),

	N_TRIPLES("nt", "application/n-triples", Lang.NTRIPLES, true),

	N_QUADS("nq", "application/n-quads", Lang.NQUADS, true),

	RDF_XML("rdfxml", "application/rdf+xml", Lang.RDFXML, true);

	private final String token;

	private final MediaType mediaType;

	private final Lang lang;

	private final boolean graph;

	ResultFormat(String token, String mediaType, Lang lang, boolean graph) {
		this.token = token;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.lang = lang;
		this.graph = graph;
	}

	/** The value of the {@code format} parameter that asks for this format. */
	String token() {
		return this.token;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/** Whether this is an RDF format, for CONSTRUCT and DESCRIBE. */
	boolean isGraph() {
		return this.graph;
	}

	/** The formats for answers to queries of one form. */
	static List<ResultFormat> forGraphs(boolean graph) {
		return Arrays.stream(values()).filter((format) -> format.graph == graph).toList();
	}

	/**
	 * The format to answer in.
	 * @param graph whether the answer is a graph (CONSTRUCT, DESCRIBE)
	 * @param accept the {@code Accept} header, if any
	 * @param format the {@code format} parameter, if any: a token or a media type
	 * @throws ProblemException {@code not-acceptable} if none fits
	 */
	static ResultFormat negotiate(boolean graph, @Nullable String accept, @Nullable String format) {
		List<ResultFormat> offers = forGraphs(graph);
		if (format != null && !format.isBlank()) {
			String wanted = format.trim().toLowerCase(Locale.ROOT);
			return offers.stream()
				.filter((offer) -> offer.token.equals(wanted) || offer.mediaType.toString().startsWith(wanted + ";")
						|| offer.mediaType.toString().equals(wanted))
				.findFirst()
				.orElseThrow(() -> notAcceptable(offers, "format=" + format));
		}
		List<MediaType> ranges = ranges(accept);
		ResultFormat best = null;
		double bestQuality = 0;
		for (ResultFormat offer : offers) {
			double quality = quality(offer.mediaType, ranges);
			if (quality > bestQuality) {
				best = offer;
				bestQuality = quality;
			}
		}
		if (best == null) {
			throw notAcceptable(offers, "Accept: " + accept);
		}
		return best;
	}

	private static List<MediaType> ranges(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return List.of(MediaType.ALL);
		}
		try {
			return MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			throw new ProblemException(Problem.NOT_ACCEPTABLE, "Expected media ranges in Accept but got " + accept);
		}
	}

	private static double quality(MediaType offer, List<MediaType> ranges) {
		MediaType chosen = null;
		for (MediaType range : ranges) {
			if (range.includes(offer) && (chosen == null || specificity(range) > specificity(chosen))) {
				chosen = range;
			}
		}
		return (chosen != null) ? chosen.getQualityValue() : 0;
	}

	private static int specificity(MediaType range) {
		if (range.isWildcardType()) {
			return 0;
		}
		return range.isWildcardSubtype() ? 1 : 2;
	}

	private static ProblemException notAcceptable(List<ResultFormat> offers, String asked) {
		String available = offers.stream()
			.map((offer) -> offer.mediaType.getType() + "/" + offer.mediaType.getSubtype() + " (format=" + offer.token
					+ ")")
			.collect(Collectors.joining(", "));
		return new ProblemException(Problem.NOT_ACCEPTABLE,
				"Expected a request for one of " + available + " for this query but got " + asked);
	}

	/** Writes an answer in this format. */
	byte[] write(SparqlAnswer answer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (answer instanceof SparqlAnswer.Rows rows) {
			ResultsWriter.create()
				.lang(this.lang)
				.build()
				.write(out, RowSetStream.create(rows.vars(), rows.rows().iterator()));
		}
		else if (answer instanceof SparqlAnswer.Bool bool) {
			ResultsWriter.create().lang(this.lang).build().write(out, bool.value());
		}
		else {
			RDFDataMgr.write(out, ((SparqlAnswer.Triples) answer).graph(), this.lang);
		}
		return out.toByteArray();
	}

}
