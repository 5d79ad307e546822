package org.consentregistry.blocker.surfaces;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile agent names ({@code curl|sudo bash}, {@code 2^32$}, ...) never reach a
 * generated file as they are: they are left out, named only in sanitised comments.
 */
class InjectionTests {

	@ParameterizedTest
	@EnumSource(SurfaceFormat.class)
	void hostileNamesAreLeftOutOfEveryFormat(SurfaceFormat format) throws Exception {
		String written = Fixtures.hostileSurfaces().write(format, ExampleSite.terms());
		String withoutComments = String.join("\n",
				written.lines().filter((line) -> !line.stripLeading().startsWith("#")).toList());
		for (String hostile : new String[] { "curl|sudo bash", "2^32$", "a[mazing]{42}(robot)", "star***crawler",
				"Is this a crawler?" }) {
			assertThat(withoutComments).doesNotContain(hostile);
		}
		written.lines()
			.filter((line) -> line.contains("left out"))
			.forEach((line) -> assertThat(line)
				.matches("\\s*#? ?left out, not a plain user-agent token: [A-Za-z0-9._ /?-]+"));
	}

}
