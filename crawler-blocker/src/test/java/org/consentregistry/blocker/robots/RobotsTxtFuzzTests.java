package org.consentregistry.blocker.robots;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * robots.txt is untrusted input: random bytes and random mixes of directives never make
 * the reader throw, and its answers do not depend on anything but the file (seeded, so a
 * failure repeats).
 */
class RobotsTxtFuzzTests {

	private static final String[] PIECES = { "User-agent: ", "Disallow: ", "Allow: ", "*", "$", "/", "#", "\n", "\r\n",
			"\r", " ", "\t", ":", "FooBot", "%", "%2f", "\u00e9", "\0", "\uFEFF", "index.html", "Content-Usage: " };

	@Test
	void randomBytesNeverThrow() {
		Random random = new Random(9309);
		for (int i = 0; i < 2000; i++) {
			byte[] body = new byte[random.nextInt(300)];
			random.nextBytes(body);
			assertThatNoException().isThrownBy(() -> {
				RobotsTxt robots = RobotsTxt.parse(body);
				robots.allowed("FooBot", "http://example.com/" + random.nextInt(100));
				robots.groupValues("FooBot", "Content-Usage");
			});
		}
	}

	@Test
	void randomDirectivesNeverThrowAndAnswerTheSameTwice() {
		Random random = new Random(2022);
		for (int i = 0; i < 2000; i++) {
			StringBuilder body = new StringBuilder();
			for (int j = random.nextInt(40); j > 0; j--) {
				body.append(PIECES[random.nextInt(PIECES.length)]);
			}
			String url = "http://example.com/" + PIECES[random.nextInt(PIECES.length)] + "x";
			byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
			boolean first = RobotsTxt.parse(bytes).allowed("FooBot", url);
			assertThat(RobotsTxt.parse(bytes).allowed("FooBot", url)).isEqualTo(first);
		}
	}

}
