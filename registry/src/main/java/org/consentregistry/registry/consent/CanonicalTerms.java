package org.consentregistry.registry.consent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.FactoryRDFStd;
import org.apache.jena.riot.system.ParserProfile;
import org.apache.jena.riot.system.ParserProfileStd;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * The terms of the triples {@link CanonicalQuads} reads, made as Jena's N-Quads parser
 * makes them: by a parser profile (one a thread) with the parser's checks of IRIs and
 * typed literals. An IRI that passed is kept for the next credentials, since the
 * vocabulary's IRIs repeat in all of them.
 */
final class CanonicalTerms {

	private static final int MAX_KEPT_IRIS = 4096;

	private static final Map<String, Node> IRIS = new ConcurrentHashMap<>();

	private static final ThreadLocal<ParserProfile> PROFILE = ThreadLocal
		.withInitial(() -> new ParserProfileStd(new FactoryRDFStd(), ErrorHandlerFactory.getDefaultErrorHandler(),
				IRIxResolver.create().noBase().build(), PrefixMapFactory.create(), new Context(), true, false));

	private final ParserProfile profile = PROFILE.get();

	/** The IRI node, checked as the parser checks it. */
	Node iri(String iri, long line) {
		Node node = IRIS.get(iri);
		if (node == null) {
			node = this.profile.createURI(iri, line, 1);
			if (IRIS.size() < MAX_KEPT_IRIS) {
				IRIS.put(iri, node);
			}
		}
		return node;
	}

	Node string(String lexical, long line) {
		return this.profile.createStringLiteral(lexical, line, 1);
	}

	Node langString(String lexical, String language, long line) {
		return this.profile.createLangLiteral(lexical, language, line, 1);
	}

	/**
	 * A typed literal; {@code null} for the language-string datatypes, which the reader
	 * leaves to the parser.
	 */
	@Nullable Node typed(String lexical, String datatype, long line) {
		if (datatype.equals(RDF.dtLangString.getURI()) || datatype.equals(RDF.dtDirLangString.getURI())) {
			return null;
		}
		return this.profile.createTypedLiteral(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype), line, 1);
	}

	Triple triple(Node subject, Node predicate, Node object, long line) {
		return this.profile.createTriple(subject, predicate, object, line, 1);
	}

}
