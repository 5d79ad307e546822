package org.consentregistry.registry.sparql;

import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Content negotiation of answers: RFC 9110 §12.5.1 (the most specific matching range
 * gives the quality; q=0 means "not acceptable"), the {@code format} parameter first,
 * SPARQL 1.1 Protocol §2.1.6 (result formats per query form).
 */
class ResultFormatTests {

	@ParameterizedTest(name = "{0} {1} format={2} -> {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# graph | Accept                                                         | format   | chosen
			false   | -                                                              | -        | JSON
			false   | */*                                                            | -        | JSON
			false   | text/csv                                                       | -        | CSV
			false   | text/*;q=0.9, text/tab-separated-values                        | -        | TSV
			false   | application/sparql-results+xml, application/sparql-results+json;q=0.5 | - | XML
			false   | application/*;q=0.2, application/sparql-results+json;q=0        | -        | XML
			false   | application/json                                               | csv      | CSV
			false   | -                                                              | text/tab-separated-values | TSV
			true    | -                                                              | -        | TURTLE
			true    | application/ld+json, text/turtle;q=0.8                         | -        | JSON_LD
			true    | text/plain;q=0.1, application/n-quads                          | -        | N_QUADS
			true    | */*;q=0.1, application/n-triples;q=0.5                         | -        | N_TRIPLES
			true    | -                                                              | RDFXML   | RDF_XML
			""")
	void choosesTheFormat(boolean graph, String accept, String format, ResultFormat chosen) {
		assertThat(ResultFormat.negotiate(graph, accept, format)).isEqualTo(chosen);
	}

	@ParameterizedTest(name = "{0} {1} format={2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			false | image/png                                  | -
			false | text/turtle                                | -
			false | */*;q=0                                    | -
			false | -                                          | ttl
			true  | application/sparql-results+json            | -
			true  | -                                          | json
			true  | -                                          | yaml
			""")
	void refusesWhatNoFormatFits(boolean graph, String accept, String format) {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> ResultFormat.negotiate(graph, accept, format))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(Problem.NOT_ACCEPTABLE));
	}

}
