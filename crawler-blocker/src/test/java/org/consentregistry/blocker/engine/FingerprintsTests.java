package org.consentregistry.blocker.engine;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte fast path of fingerprints gives the same values as the character path (format
 * version 1) on every ASCII string and range, and a normal form that is not ASCII keeps
 * no bytes.
 */
class FingerprintsTests {

	@Test
	void bytePathAgreesWithCharacterPathOnRandomAsciiRanges() {
		SplittableRandom random = new SplittableRandom(5);
		for (int n = 0; n < 20_000; n++) {
			char[] chars = new char[random.nextInt(0, 120)];
			for (int i = 0; i < chars.length; i++) {
				chars[i] = (char) random.nextInt(0, 0x80);
			}
			String s = new String(chars);
			byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
			int from = (chars.length == 0) ? 0 : random.nextInt(0, chars.length + 1);
			int to = random.nextInt(from, chars.length + 1);
			for (long seed : new long[] { Fingerprints.EXACT_URL, Fingerprints.DOMAIN, Fingerprints.ORIGIN }) {
				assertThat(Fingerprints.of(seed, bytes, from, to)).as("%s [%d, %d)", s, from, to)
					.isEqualTo(Fingerprints.of(seed, s, from, to));
			}
		}
	}

	@Test
	void viewOfANormalFormThatIsNotAsciiHashesItsCharacters() {
		UrlView view = UrlView.of("https://b\u00fccher.example/", 8, 22, 22, false);
		assertThat(view.ascii()).isNull();
		assertThat(view.fingerprint(Fingerprints.EXACT_URL, 0, 23))
			.isEqualTo(Fingerprints.of(Fingerprints.EXACT_URL, view.url()));
	}

}
