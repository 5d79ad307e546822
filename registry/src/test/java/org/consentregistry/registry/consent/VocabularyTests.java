package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.consentregistry.blocker.policy.Purpose;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard tests of {@code schemas/vocab/consent.ttl}: it parses, documents every term, and
 * agrees with the JSON-LD context and with the Java mirror of the purposes.
 */
class VocabularyTests {

	private static final String ODRL = "http://www.w3.org/ns/odrl/2/";

	private static final Model VOCABULARY = ModelFactory
		.createModelForGraph(ExampleCredentials.turtle(ExampleCredentials.VOCABULARY));

	@Test
	void vocabularyIsAVersionedOntology() {
		Resource ontology = VOCABULARY.getResource("https://w3id.org/consent-registry/vocab");
		assertThat(VOCABULARY.contains(ontology, RDF.type, OWL.Ontology)).isTrue();
		assertThat(ontology.getProperty(OWL.versionInfo)).isNotNull();
	}

	@Test
	void everyTermHasALabelAndAComment() {
		Set<String> terms = vocabularyTerms();
		assertThat(terms).hasSizeGreaterThan(40);
		assertThat(terms).allSatisfy((iri) -> {
			Resource term = VOCABULARY.getResource(iri);
			assertThat(term.hasProperty(RDFS.label)).as("rdfs:label of %s", iri).isTrue();
			assertThat(term.hasProperty(RDFS.comment)).as("rdfs:comment of %s", iri).isTrue();
		});
	}

	@Test
	void everyConstantOfCrIsDefinedInTheVocabularyUnderItsOwnName() {
		Set<String> constants = constantsOf(CR.class);
		assertThat(constants).hasSizeGreaterThan(20).allSatisfy((iri) -> assertThat(iri).startsWith(CR.NS));
		assertThat(vocabularyTerms()).containsAll(constants);
		for (Field field : CR.class.getFields()) {
			String iri = iriOf(field);
			if (iri != null) {
				assertThat(iri).as("CR.%s", field.getName()).isEqualTo(CR.NS + field.getName());
			}
		}
	}

	@Test
	void everyContextTermIsDefinedInTheVocabularyOrItsSources() {
		Map<String, String> terms = contextTerms();
		Set<String> odrl = odrlTerms();
		Set<String> dcterms = constantsOf(DCTerms.class);
		assertThat(terms).containsKeys("ConsentCredential", "title", "terms", "tdm", "isAnyOf", "commercialUse");
		assertThat(terms).allSatisfy((term, iri) -> {
			if (iri.startsWith(CR.NS)) {
				assertThat(vocabularyTerms()).as("%s -> %s", term, iri).contains(iri);
			}
			else if (iri.startsWith(ODRL)) {
				assertThat(odrl).as("%s -> %s", term, iri).contains(iri);
			}
			else {
				assertThat(dcterms).as("%s -> %s", term, iri).contains(iri);
			}
		});
	}

	@ParameterizedTest
	@EnumSource(Purpose.class)
	void purposeMatchesItsJavaMirror(Purpose purpose) {
		Resource term = VOCABULARY.getResource(CR.NS + purpose.localName());
		assertThat(VOCABULARY.contains(term, RDF.type, VOCABULARY.getResource(CR.NS + "Purpose"))).isTrue();
		assertThat(term.getProperty(property("token")).getString()).isEqualTo(purpose.token());
		assertThat(contextTerms()).containsEntry(purpose.token(), CR.NS + purpose.localName());
		Set<RDFNode> broader = Set.copyOf(VOCABULARY.listObjectsOfProperty(term, property("broaderPurpose")).toList());
		Set<RDFNode> expected = purpose.broader()
			.map((p) -> Set.<RDFNode>of(VOCABULARY.getResource(CR.NS + p.localName())))
			.orElse(Set.of());
		assertThat(broader).isEqualTo(expected);
		assertThat(Set.copyOf(VOCABULARY.listObjectsOfProperty(term, SKOS.broader).toList())).isEqualTo(expected);
		if (!expected.isEmpty()) {
			assertThat(Set
				.copyOf(VOCABULARY.listObjectsOfProperty(term, VOCABULARY.getProperty(ODRL + "includedIn")).toList()))
				.isEqualTo(expected);
		}
	}

	@Test
	void vocabularyDefinesNoPurposeBeyondTheJavaMirror() {
		assertThat(VOCABULARY.listSubjectsWithProperty(RDF.type, VOCABULARY.getResource(CR.NS + "Purpose")).toList())
			.hasSize(Purpose.values().length);
	}

	@Test
	void everySignalMappingNamesPurposeStandardVersionAndTerm() {
		var mappings = VOCABULARY.listSubjectsWithProperty(RDF.type, VOCABULARY.getResource(CR.NS + "SignalMapping"))
			.toList();
		assertThat(mappings).hasSizeGreaterThanOrEqualTo(Purpose.values().length);
		Set<String> standards = new HashSet<>();
		assertThat(mappings).allSatisfy((mapping) -> {
			for (String name : new String[] { "mapsPurpose", "standard", "standardVersion", "externalTerm",
					"matchType" }) {
				assertThat(VOCABULARY.listObjectsOfProperty(mapping, property(name)).toList())
					.as("%s of %s", name, mapping)
					.hasSize(1);
			}
			standards.add(mapping.getPropertyResourceValue(property("standard")).getURI());
		});
		assertThat(standards).containsExactlyInAnyOrder(CR.NS + "IetfAiPreferences", CR.NS + "ContentSignals",
				CR.NS + "CawgTrainingMining", CR.NS + "IptcPlusDataMining", CR.NS + "TdmRep");
		for (Purpose purpose : Purpose.values()) {
			assertThat(VOCABULARY
				.listSubjectsWithProperty(property("mapsPurpose"), VOCABULARY.getResource(CR.NS + purpose.localName()))
				.toList()).as("mappings of %s", purpose).isNotEmpty();
		}
	}

	/** Every IRI in the cr: namespace that the vocabulary describes. */
	static Set<String> vocabularyTerms() {
		Set<String> terms = new HashSet<>();
		VOCABULARY.listSubjects()
			.filterKeep((subject) -> subject.isURIResource() && subject.getURI().startsWith(CR.NS))
			.forEach((subject) -> terms.add(subject.getURI()));
		return terms;
	}

	private static Property property(String localName) {
		return VOCABULARY.getProperty(CR.NS + localName);
	}

	/** Term to IRI of the consent context, including its property-scoped contexts. */
	static Map<String, String> contextTerms() {
		JsonObject context = readJson(ExampleCredentials.CONTEXT).getJsonObject("@context");
		Map<String, String> terms = new TreeMap<>();
		collect(context, prefixes(context), terms);
		return terms;
	}

	private static Map<String, String> prefixes(JsonObject context) {
		Map<String, String> prefixes = new TreeMap<>();
		context.forEach((term, value) -> {
			if (value instanceof JsonString iri && (iri.getString().endsWith("/") || iri.getString().endsWith("#"))) {
				prefixes.put(term, iri.getString());
			}
		});
		return prefixes;
	}

	private static void collect(JsonObject context, Map<String, String> prefixes, Map<String, String> terms) {
		context.forEach((term, value) -> {
			if (term.startsWith("@") || prefixes.containsKey(term)) {
				return;
			}
			String id = (value instanceof JsonString text) ? text.getString() : value.asJsonObject().getString("@id");
			terms.put(term, expand(id, prefixes));
			if (value.getValueType() == JsonValue.ValueType.OBJECT && value.asJsonObject().containsKey("@context")) {
				collect(value.asJsonObject().getJsonObject("@context"), prefixes, terms);
			}
		});
	}

	private static String expand(String compact, Map<String, String> prefixes) {
		int colon = compact.indexOf(':');
		String prefix = (colon > 0) ? prefixes.get(compact.substring(0, colon)) : null;
		return (prefix != null) ? prefix + compact.substring(colon + 1) : compact;
	}

	/** The ODRL 2.2 terms, as the bundled ODRL context names them. */
	private static Set<String> odrlTerms() {
		JsonObject context = readJson("/contexts/odrl.jsonld").getJsonObject("@context");
		Map<String, String> terms = new TreeMap<>();
		Map<String, String> prefixes = prefixes(context);
		context.forEach((term, value) -> {
			if (value instanceof JsonString text) {
				terms.put(term, expand(text.getString(), prefixes));
			}
			else if (value.getValueType() == JsonValue.ValueType.OBJECT && value.asJsonObject().containsKey("@id")) {
				terms.put(term, expand(value.asJsonObject().getString("@id"), prefixes));
			}
		});
		return Set.copyOf(terms.values());
	}

	/** The IRIs of the public static Jena terms of a vocabulary class. */
	static Set<String> constantsOf(Class<?> vocabulary) {
		Set<String> iris = new HashSet<>();
		for (Field field : vocabulary.getFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				String iri = iriOf(field);
				if (iri != null) {
					iris.add(iri);
				}
			}
		}
		return iris;
	}

	private static @Nullable String iriOf(Field field) {
		try {
			Object value = field.get(null);
			if (value instanceof Resource resource && resource.isURIResource()) {
				return resource.getURI();
			}
			if (value instanceof org.apache.jena.graph.Node node && node.isURI()) {
				return node.getURI();
			}
			return null;
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonObject readJson(String resource) {
		try (InputStream in = ExampleCredentials.open(resource); JsonReader reader = Json.createReader(in)) {
			return reader.readObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
