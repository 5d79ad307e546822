package org.consentregistry.registry.consent;

import java.nio.charset.StandardCharsets;

import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class JsonNestingTests {

	@ParameterizedTest
	@ValueSource(strings = { "{}", "[[[]]]", "{\"a\":{\"b\":[1,2]},\"c\":[{}]}", "\"[[[[[[\"", "{\"s\":\"\\\"[[[[\"}" })
	void acceptsJsonNestedAtMostThreeDeep(String json) {
		assertThatNoException().isThrownBy(() -> JsonNesting.check(json.getBytes(StandardCharsets.UTF_8), 3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[[[[]]]]", "{\"a\":{\"b\":{\"c\":{}}}}", "[{\"a\":[{}]}]" })
	void refusesJsonNestedDeeperThanThree(String json) {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> JsonNesting.check(json.getBytes(StandardCharsets.UTF_8), 3))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.problem())
				.isEqualTo(Problem.MALFORMED_CREDENTIAL));
	}

}
