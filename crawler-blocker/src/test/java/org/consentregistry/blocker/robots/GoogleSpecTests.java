package org.consentregistry.blocker.robots;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every expectation of Google's robotstxt-spec-test (correctness and stress files,
 * STANDARD and GOOGLE_SPECIFIC alike; sources in
 * {@code src/test/resources/conformance/robotstxt-spec-test/SOURCES.md}).
 */
class GoogleSpecTests {

	private static final String ROOT = "/conformance/robotstxt-spec-test/";

	@ParameterizedTest(name = "{0}")
	@MethodSource("expectations")
	void matchesGoogleExpectation(String name, byte[] robotsTxt, String url, String userAgent, boolean allowed) {
		assertThat(RobotsTxt.parse(robotsTxt).allowed(userAgent, url)).as(name).isEqualTo(allowed);
	}

	@Test
	void readsEveryCaseOfTheSuite() {
		List<Object[]> all = expectations().toList();
		assertThat(all).hasSize(146 + 254);
		assertThat(all.stream().filter((c) -> ((String) c[0]).contains("GOOGLE_SPECIFIC"))).hasSize(22);
	}

	static Stream<Object[]> expectations() {
		List<Object[]> cases = new ArrayList<>();
		for (String folder : List.of("correctness", "stress")) {
			for (Path file : files(folder)) {
				addCases(folder + "/" + file.getFileName(), read(file), cases);
			}
		}
		return cases.stream();
	}

	@SuppressWarnings("unchecked")
	private static void addCases(String file, String text, List<Object[]> cases) {
		List<Object> tests = TextProto.parse(text).get("tests");
		for (int t = 0; t < tests.size(); t++) {
			Map<String, List<Object>> test = (Map<String, List<Object>>) tests.get(t);
			byte[] body = first(test, "robotstxt").getBytes(StandardCharsets.ISO_8859_1);
			List<Object> expectations = test.getOrDefault("test_expectations", List.of());
			for (int e = 0; e < expectations.size(); e++) {
				Map<String, List<Object>> expectation = (Map<String, List<Object>>) expectations.get(e);
				String url = utf8(first(expectation, "testurl"));
				String agent = utf8(first(expectation, "useragent"));
				String type = expectation.containsKey("test_type") ? first(expectation, "test_type") : "STANDARD";
				boolean allowed = first(expectation, "expected_outcome").equals("ALLOWED");
				cases.add(
						new Object[] { file + " test " + t + " expectation " + e + " " + type + " " + agent + " " + url,
								body, url, agent, allowed });
			}
		}
	}

	private static String first(Map<String, List<Object>> message, String field) {
		List<Object> values = message.get(field);
		return (values == null) ? "" : (String) values.get(0);
	}

	private static String utf8(String bytes) {
		return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
	}

	private static List<Path> files(String folder) {
		URL url = GoogleSpecTests.class.getResource(ROOT + folder);
		try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
			return paths.filter((p) -> p.toString().endsWith(".textproto")).sorted().toList();
		}
		catch (IOException | URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
