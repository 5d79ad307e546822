package org.consentregistry.blocker.url;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Properties of {@link UrlNormalizer} over thousands of random URL-like strings (seeded,
 * so a failure names a reproducible input): it only ever throws
 * {@link UrlFormatException}, and normalising a normal form returns it unchanged.
 */
class UrlNormalizerPropertyTests {

	private static final String[] SCHEMES = { "http", "https", "https", "HTTPS", "hTtP", "http", "https", "ftp", "",
			"h" };

	private static final String[] SEPARATORS = { "://", "://", "://", "://", "://", "://", ":/", ":", "//", ":///" };

	private static final String[] USERINFO = { "", "", "", "ada@", "ada:pw@", "@", "a@b@", "%40@" };

	private static final String[] HOSTS = { "art.example", "Art.Example.", "bücher.example", "ＥＸＡＭＰＬＥ.com",
			"xn--bcher-kva.example", "192.0.2.1", "[2001:DB8::1]", "[::1]", "[2001:db8:0:0:1:0:0:1]",
			"[::ffff:192.0.2.1]", "[1::2::3]", "[0:0:0:0:0:0:0:0]", "", "a..b", "%61rt.example", "%C3%BC.example",
			"例え.テスト", "a_b.example", "exa mple", "[zz]", "ß.example", "art.example.", "%", "١٢.example" };

	private static final String[] PORTS = { "", "", "", ":", ":80", ":443", ":8080", ":0080", ":65536", ":x",
			":00000" };

	private static final String[] SEGMENTS = { "a", "B", ".", "..", "%2e", "%2E%2e", "%2F", "%2f", "%7e", "%41", "%",
			"%z", "%4", "ä", "😀", " ", "\t", "", "a b", "%25", "%252e", "..%2F", "x[1]", "\\", "?", "#", ";p=1", "~",
			"\uD800", "%C3%A4", "%c3", "é" };

	private static final String[] QUERY_PARTS = { "a=1", "b=%7e", "c=%2f", "d", "=", "&", "?", "/../", "%", "é", " ",
			"#", "%zz", "x=y+z" };

	@Test
	void normalisationIsIdempotentAndOnlyThrowsUrlFormatException() {
		Random random = new Random(20261125L);
		int normalised = 0;
		for (int i = 0; i < 5000; i++) {
			String input = randomUrl(random);
			String first;
			try {
				first = UrlNormalizer.normalize(input);
			}
			catch (UrlFormatException ex) {
				continue;
			}
			catch (RuntimeException | Error ex) {
				throw new AssertionError("unexpected " + ex + " for input " + UrlNormalizer.quote(input), ex);
			}
			normalised++;
			try {
				assertThat(UrlNormalizer.normalize(first)).as("normalising %s", input).isEqualTo(first);
			}
			catch (UrlFormatException ex) {
				fail("the normal form %s of %s was refused: %s", first, input, ex.getMessage());
			}
		}
		assertThat(normalised).as("enough inputs are usable URLs for the property to mean something")
			.isGreaterThan(1000);
	}

	private static String randomUrl(Random random) {
		StringBuilder url = new StringBuilder();
		url.append(pick(random, SCHEMES)).append(pick(random, SEPARATORS));
		url.append(pick(random, USERINFO)).append(pick(random, HOSTS)).append(pick(random, PORTS));
		int segments = random.nextInt(6);
		for (int i = 0; i < segments; i++) {
			url.append('/').append(pick(random, SEGMENTS));
			if (random.nextInt(8) == 0) {
				url.append(pick(random, SEGMENTS));
			}
		}
		if (random.nextInt(3) == 0) {
			url.append('?');
			int parts = random.nextInt(4);
			for (int i = 0; i < parts; i++) {
				url.append(pick(random, QUERY_PARTS));
			}
		}
		if (random.nextInt(5) == 0) {
			url.append('#').append(pick(random, SEGMENTS));
		}
		if (random.nextInt(10) == 0) {
			url.insert(random.nextInt(url.length() + 1), (char) random.nextInt(0x3000));
		}
		return url.toString();
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
