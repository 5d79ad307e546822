package org.consentregistry.registry.control;

import org.consentregistry.blocker.policy.Identifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which record identifiers a verified claim covers (docs/decisions.md, "Control"). */
class CoverageTests {

	@ParameterizedTest(name = "{0} covers {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			domain art.example          | url https://art.example/a.jpg          | true
			domain art.example          | url http://art.example:8080/a.jpg      | true
			domain art.example          | url https://www.art.example/a.jpg      | false
			domain+ art.example         | url https://www.art.example/a.jpg      | true
			domain+ art.example         | url https://notart.example/a.jpg       | false
			domain art.example          | prefix https://art.example/works/      | true
			domain art.example          | domain art.example                     | true
			domain art.example          | domain+ art.example                    | false
			domain+ art.example         | domain+ shop.art.example               | true
			domain+ shop.art.example    | domain+ art.example                    | false
			prefix https://art.example/ada/ | url https://art.example/ada/1.jpg   | true
			prefix https://art.example/ada/ | url https://art.example/adam/1.jpg  | false
			prefix https://art.example/ada/ | prefix https://art.example/ada/x/   | true
			prefix https://art.example/ada/ | prefix https://art.example/         | false
			prefix https://art.example/ada/ | domain art.example                  | false
			domain art.example          | sha256 ab                              | false
			""")
	void coversWhatTheClaimProves(String claimed, String target, boolean covers) {
		assertThat(Coverage.covers(identifier(claimed), identifier(target))).isEqualTo(covers);
	}

	@ParameterizedTest(name = "{0} overlaps {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			domain art.example          | url https://art.example/a.jpg          | true
			url https://art.example/a.jpg | domain+ example                      | true
			prefix https://art.example/ | prefix https://art.example/ada/       | true
			prefix https://art.example/ada/ | url https://art.example/bob.jpg    | false
			url https://art.example/a.jpg | url https://art.example/a.jpg        | true
			url https://art.example/a.jpg | url https://art.example/a.jpg2       | false
			domain+ art.example         | domain shop.art.example                | true
			domain art.example          | domain shop.art.example                | false
			sha256 ab                   | sha256 ab                              | true
			""")
	void overlapsWhenSomeUrlMatchesBoth(String a, String b, boolean overlap) {
		assertThat(Coverage.overlap(identifier(a), identifier(b))).isEqualTo(overlap);
		assertThat(Coverage.overlap(identifier(b), identifier(a))).isEqualTo(overlap);
	}

	@ParameterizedTest
	@CsvSource({ "https://art.example/a.jpg, art.example", "http://art.example:8080/x, art.example",
			"https://art.example, art.example", "https://art.example?q=1, art.example", "http://[::1]:8080/x, [::1]",
			"http://192.0.2.7/x, 192.0.2.7" })
	void readsTheHostOfANormalisedUrl(String url, String host) throws Exception {
		assertThat(Coverage.hostOf(url)).isEqualTo(host)
			.isEqualTo(org.consentregistry.blocker.url.UrlNormalizer.parse(url).host());
	}

	static Identifier identifier(String text) {
		String[] parts = text.trim().split(" ");
		return switch (parts[0]) {
			case "domain" -> new Identifier.Domain(parts[1], false);
			case "domain+" -> new Identifier.Domain(parts[1], true);
			case "url" -> new Identifier.ExactUrl(parts[1]);
			case "prefix" -> new Identifier.UrlPrefix(parts[1]);
			default -> new Identifier.Sha256(parts[1].repeat(32));
		};
	}

}
