package org.consentregistry.blocker.surfaces;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every format written for {@link ExampleSite} equals its golden file under
 * {@code src/test/resources/golden/surfaces/} byte for byte. To regenerate the golden
 * files deliberately (then review the diff):
 * {@code mvn -pl crawler-blocker -am test -Dtest=GoldenFileTests -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}.
 */
class GoldenFileTests {

	static final String FOLDER = "golden/surfaces/";

	@ParameterizedTest
	@EnumSource(SurfaceFormat.class)
	void writesTheGoldenFile(SurfaceFormat format) throws Exception {
		String actual = Surfaces.bundled().write(format, ExampleSite.terms());
		boolean update = Boolean.getBoolean("golden.update");
		if (update) {
			Path file = Path.of("src/test/resources", FOLDER, format.fileName());
			Files.createDirectories(file.getParent());
			Files.writeString(file, actual, StandardCharsets.UTF_8);
		}
		String expected = update ? actual : golden(format);
		assertThat(actual).as("%s differs from its golden file:%n%s", format.fileName(), diff(expected, actual))
			.isEqualTo(expected);
	}

	static String golden(SurfaceFormat format) throws IOException {
		try (InputStream in = GoldenFileTests.class.getResourceAsStream("/" + FOLDER + format.fileName())) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
		}
	}

	/** The differing lines, numbered, expected (-) before actual (+). */
	static String diff(String expected, String actual) {
		List<String> a = expected.lines().toList();
		List<String> b = actual.lines().toList();
		List<String> out = new ArrayList<>();
		for (int i = 0; i < Math.max(a.size(), b.size()) && out.size() < 40; i++) {
			String left = (i < a.size()) ? a.get(i) : "<none>";
			String right = (i < b.size()) ? b.get(i) : "<none>";
			if (!left.equals(right)) {
				out.add((i + 1) + "-" + left);
				out.add((i + 1) + "+" + right);
			}
		}
		return String.join(System.lineSeparator(), out);
	}

}
