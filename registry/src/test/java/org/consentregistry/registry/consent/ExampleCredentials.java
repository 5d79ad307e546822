package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.consentregistry.registry.credential.TestDocumentLoaders;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of the {@code schemas} module as the registry sees them on its classpath, and
 * their conversion from JSON-LD to RDF with the registry's offline document loader.
 */
final class ExampleCredentials {

	static final String SHAPES = "/schemas/shapes/consent-credential.ttl";

	static final String VOCABULARY = "/schemas/vocab/consent.ttl";

	static final String CONTEXT = "/schemas/context/v1/consent.jsonld";

	static final String EXAMPLES = "/schemas/examples/";

	private static final String PROOF = "https://w3id.org/security#proof";

	private ExampleCredentials() {
	}

	/**
	 * The names of the example files in a folder of {@code /schemas/examples/}, sorted.
	 */
	static List<String> names(String folder) {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + EXAMPLES + folder + "/*.json");
			return Arrays.stream(found)
				.map(Resource::getFilename)
				.filter((name) -> name != null && !name.equals("expected-violations.json"))
				.sorted(Comparator.naturalOrder())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A classpath resource; fails when it is missing. */
	static InputStream open(String resource) {
		InputStream in = ExampleCredentials.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Expected " + resource + " on the classpath");
		}
		return in;
	}

	/** A Turtle file of the classpath as a graph. */
	static Graph turtle(String resource) {
		try (InputStream in = open(resource)) {
			return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An example of {@code /schemas/examples/}, e.g. {@code valid/withdrawal.json}. */
	static Graph example(String path) throws JsonLdError {
		try (InputStream in = open(EXAMPLES + path)) {
			return toGraph(JsonDocument.of(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The default graph of a JSON-LD credential, without the proof: what the shapes
	 * validate.
	 */
	static Graph toGraph(JsonDocument document) throws JsonLdError {
		Graph graph = GraphFactory.createDefaultGraph();
		JsonLd.toRdf(document).loader(TestDocumentLoaders.bundledOnly()).provide(new DefaultGraphOnly(graph));
		return graph;
	}

	/** Keeps the triples of the default graph except the link to the proof graph. */
	private record DefaultGraphOnly(Graph graph) implements RdfQuadConsumer {

		@Override
		public RdfQuadConsumer quad(String subject, String predicate, String object, @Nullable String datatype,
				@Nullable String language, @Nullable String direction, @Nullable String graphName) {
			if (graphName == null && !predicate.equals(PROOF)) {
				this.graph.add(resource(subject), NodeFactory.createURI(predicate), object(object, datatype, language));
			}
			return this;
		}

		private static Node object(String value, @Nullable String datatype, @Nullable String language) {
			if (RdfQuadConsumer.isLangString(datatype, language, null)) {
				return NodeFactory.createLiteralLang(value, language);
			}
			if (RdfQuadConsumer.isLiteral(datatype, language, null)) {
				return NodeFactory.createLiteralDT(value, TypeMapper.getInstance().getSafeTypeByName(datatype));
			}
			return resource(value);
		}

		private static Node resource(String value) {
			return RdfQuadConsumer.isBlank(value) ? NodeFactory.createBlankNode(value.substring(2))
					: NodeFactory.createURI(value);
		}

	}

}
