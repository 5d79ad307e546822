package org.consentregistry.registry.sparql;

import java.util.List;
import java.util.Optional;

/**
 * An example query shown on the query form; each one is run by the tests against
 * submitted credentials.
 *
 * @param id the short name used in links ({@code /sparql?example=id})
 * @param title what the query finds
 * @param description how it finds it, in a sentence or two
 * @param query the query text
 * @param format the {@code format} token its "run" link asks for
 */
record SparqlExample(String id, String title, String description, String query, String format) {

	static final String PREFIXES = """
			PREFIX cr: <https://w3id.org/consent-registry/vocab#>
			PREFIX odrl: <http://www.w3.org/ns/odrl/2/>
			PREFIX dcterms: <http://purl.org/dc/terms/>
			""";

	/** Every example, in the order the form lists them. */
	static final List<SparqlExample> ALL = List.of(new SparqlExample("creator", "Current records of a creator",
			"The records whose terms are in force, for works of one creator name, newest first. The registry graph "
					+ "says which records are current; each record's own graph holds what the creator signed.",
			PREFIXES + """
					SELECT ?record ?work ?title ?received WHERE {
					  GRAPH <urn:consent-registry:registry> {
					    ?record cr:status cr:Current ; cr:work ?work ; cr:received ?received .
					  }
					  GRAPH ?record {
					    ?work cr:creatorName "Ada Example" ; dcterms:title ?title .
					  }
					}
					ORDER BY DESC(?received)
					LIMIT 100
					""", "json"),
			new SparqlExample("refusing-genai-train", "Works refusing generative AI training",
					"Current terms with a prohibition of generative AI training or of a broader purpose (AI "
							+ "training, text and data mining), which refuses it too.",
					PREFIXES + """
							SELECT DISTINCT ?work ?title ?refused WHERE {
							  VALUES ?refused { cr:generativeAiTraining cr:aiTraining cr:textAndDataMining }
							  GRAPH <urn:consent-registry:registry> {
							    ?record cr:status cr:Current ; a cr:ConsentCredential ; cr:work ?work .
							  }
							  GRAPH ?record {
							    ?work dcterms:title ?title ;
							          odrl:hasPolicy/odrl:prohibition/odrl:action ?refused .
							  }
							}
							ORDER BY ?title ?work
							LIMIT 100
							""", "json"),
			new SparqlExample("history", "Version history of updated works",
					"Every record of each work that was updated or withdrawn, oldest first, with its status. "
							+ "To follow one work, add VALUES ?work { <urn:uuid:…> }.",
					PREFIXES + """
							SELECT ?work ?record ?kind ?status ?issued ?logIndex WHERE {
							  GRAPH <urn:consent-registry:registry> {
							    ?record cr:work ?work ; cr:status ?status ; cr:logIndex ?logIndex ; a ?kind .
							    FILTER (?kind IN (cr:ConsentCredential, cr:ConsentWithdrawal))
							    FILTER EXISTS { ?later cr:work ?work ; cr:replaces ?replaced }
							    OPTIONAL { ?record cr:issued ?issued }
							  }
							}
							ORDER BY ?work ?logIndex
							LIMIT 200
							""", "json"),
			new SparqlExample("url", "Records naming a URL",
					"Records with an exact-URL identifier on a site. URLs are xsd:anyURI literals, compared here "
							+ "as strings; for an exact match write cr:url \"https://…\"^^xsd:anyURI. Which terms "
							+ "apply to a URL (prefixes, domains, normalisation) is answered by GET /decisions.",
					PREFIXES + """
							SELECT ?record ?status ?work ?url WHERE {
							  GRAPH ?record {
							    ?work cr:identifier ?identifier .
							    ?identifier cr:url ?url .
							    FILTER STRSTARTS(STR(?url), "https://art.example/")
							  }
							  GRAPH <urn:consent-registry:registry> { ?record cr:status ?status }
							}
							ORDER BY ?url ?record
							LIMIT 100
							""", "json"),
			new SparqlExample("purposes", "Current records by purpose and effect",
					"How many current records permit or refuse each purpose, counting each record once per "
							+ "purpose and effect.",
					PREFIXES + """
							SELECT ?purpose ?effect (COUNT(DISTINCT ?record) AS ?records) WHERE {
							  GRAPH <urn:consent-registry:registry> {
							    ?record cr:status cr:Current ; a cr:ConsentCredential ; cr:work ?work .
							  }
							  GRAPH ?record {
							    ?work odrl:hasPolicy ?policy .
							    { ?policy odrl:permission ?rule BIND ("permitted" AS ?effect) }
							    UNION
							    { ?policy odrl:prohibition ?rule BIND ("refused" AS ?effect) }
							    ?rule odrl:action ?purpose .
							  }
							}
							GROUP BY ?purpose ?effect
							ORDER BY ?purpose ?effect
							""", "csv"),
			new SparqlExample("terms-graph", "Current terms as a graph",
					"A CONSTRUCT query: each current work's title, creator and rules as RDF, for Turtle or "
							+ "JSON-LD.",
					PREFIXES + """
							CONSTRUCT {
							  ?work dcterms:title ?title ; cr:creatorName ?name ; odrl:hasPolicy ?policy .
							  ?policy ?effect ?rule .
							  ?rule odrl:action ?action .
							}
							WHERE {
							  GRAPH <urn:consent-registry:registry> {
							    ?record cr:status cr:Current ; a cr:ConsentCredential ; cr:work ?work .
							  }
							  GRAPH ?record {
							    ?work dcterms:title ?title ; odrl:hasPolicy ?policy .
							    OPTIONAL { ?work cr:creatorName ?name }
							    ?policy ?effect ?rule .
							    ?rule odrl:action ?action .
							    FILTER (?effect IN (odrl:permission, odrl:prohibition))
							  }
							}
							LIMIT 1000
							""", "ttl"));

	/** The example with this id. */
	static Optional<SparqlExample> find(String id) {
		return ALL.stream().filter((example) -> example.id().equals(id)).findFirst();
	}

}
