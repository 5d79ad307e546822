package org.consentregistry.registry.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consentregistry.registry.credential.CredentialException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem type is documented in {@code docs/problems.md} with its status and title,
 * and every reason a credential is refused maps to one.
 */
class ProblemDocumentationTests {

	static final Path DOC = Path.of("..", "docs", "problems.md");

	@ParameterizedTest
	@EnumSource(Problem.class)
	void documentsEveryProblemType(Problem problem) throws IOException {
		String doc = Files.readString(DOC, StandardCharsets.UTF_8);
		assertThat(doc)
			.contains("| `" + problem.slug() + "` | " + problem.status().value() + " | " + problem.title() + " |");
	}

	@ParameterizedTest
	@EnumSource(Reason.class)
	void mapsEveryCredentialRefusal(Reason reason) {
		assertThat(ProblemHandling.problemOf(reason)).isNotNull();
	}

}
