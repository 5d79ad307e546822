package org.consentregistry.registry.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form's examples are standard SPARQL 1.1, have distinct ids, and appear verbatim in
 * the data engineers' guide (which the integration tests do not read).
 */
class SparqlExampleTests {

	static final Path GUIDE = Path.of("..", "docs", "guides", "search-and-sparql.md");

	@Test
	void everyExampleIsStandardSparqlWithAnAnswerFormatForItsForm() {
		for (SparqlExample example : SparqlExample.ALL) {
			var query = QueryFactory.create(example.query(), Syntax.syntaxSPARQL_11);
			boolean graph = query.isConstructType() || query.isDescribeType();
			assertThat(ResultFormat.negotiate(graph, null, example.format()).isGraph()).as(example.id())
				.isEqualTo(graph);
		}
		assertThat(SparqlExample.ALL).extracting(SparqlExample::id).doesNotHaveDuplicates();
	}

	@Test
	void theGuideShowsEveryExampleAsTheFormRunsIt() throws IOException {
		String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
		for (SparqlExample example : SparqlExample.ALL) {
			assertThat(guide).as(example.id()).contains("```sparql\n" + example.query() + "```");
		}
	}

}
