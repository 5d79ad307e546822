package org.consentregistry.blocker.engine;

import java.util.Random;

import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fast path agrees with the reference {@link UrlNormalizer} on random URLs, common
 * and hostile (rules of docs/url-normalisation.md): same normal form, same refusals, and
 * positions that cut the normal form into host and origin as the reference parts do.
 */
class FastUrlsPropertyTests {

	private static final String[] SCHEMES = { "http", "https", "HTTPS", "hTtP", "ftp", "httpx", "h", "" };

	private static final String[] SEPARATORS = { "://", "://", "://", "://", ":/", ":", "//", ":///" };

	private static final String[] USERINFO = { "", "", "", "", "", "ada@", "ada:pw@", "@", "%40@" };

	private static final String[] HOSTS = { "art.example", "Art.Example", "ART.EXAMPLE.", "bücher.example",
			"xn--bcher-kva.example", "192.0.2.1", "[2001:DB8::1]", "[::1]", "", "a..b", "%61rt.example", "a_b.example",
			"exa mple", "-a.example", "1234", "a.b.c.d.e.f.example", "x".repeat(63) + ".example",
			"x".repeat(64) + ".example", ("a".repeat(60) + ".").repeat(4) + "com",
			("a".repeat(50) + ".").repeat(5) + "c", "art.example\\", "art\t.example", "ＥＸＡＭＰＬＥ.com" };

	private static final String[] PORTS = { "", "", "", ":", ":80", ":443", ":8080", ":0080", ":65535", ":65536",
			":99999999999", ":x", ":00000", ":0" };

	private static final String[] SEGMENTS = { "a", "B", "works", "harbour.jpg", "a.b", "~x", ";p=1", "", ".", "..",
			".well-known", "%2e", "%2F", "%7e", "%", "ä", " ", "\t", "x[1]", "\\", "~", "!$&'()*+,;=:@", "\"", "<>",
			"{}|^`", "\u0000", "\u007f", "é", "😀", "世", "\ud800", "ÿ", "a?b", "a\u0100" };

	private static final String[] QUERIES = { "", "", "?", "?a=1", "?a=1&b=2", "?q=a/b?c", "?x=%41", "?x y", "?é",
			"?a#f", "#frag", "#", "#a b", "?a=1#x\ty", "?世", "?a=\udc00", "?a=ÿ", "#世", "?a=1?b" };

	@Test
	void agreesWithTheReferenceNormaliserOnRandomUrls() {
		Random random = new Random(20261126L);
		int fast = 0;
		for (int i = 0; i < 50_000; i++) {
			String input = randomUrl(random);
			fast += checkAgreement(input) ? 1 : 0;
		}
		assertThat(fast).as("inputs taken by the fast path").isGreaterThan(5_000);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "https://art.example/works/a.jpg|true", "HTTPS://Art.Example:443|true",
			"http://art.example:0080/a?b=c#d|true", "https://art.example/%7Ea|false", "https://ada@art.example/|false",
			"https://art.example/./a|false", "https://art.example./a|false", "https://[::1]/|false",
			"https://bücher.example/|false", "https://art.example\\works|false", "'  https://art.example/'|false",
			"https://art.example/世|false", "https://art.example/a?世|false", "https://art.example/a?b?c|true",
			"https://art世.example/|false", "https://art.example/ÿ|false", "https://Art.Example/a?b#世|true" })
	void takesCommonUrlsAndHandsTheRestToTheReference(String url, boolean taken) throws UrlFormatException {
		assertThat(FastUrls.fast(url) != null).isEqualTo(taken);
		assertThat(FastUrls.parse(url).url()).isEqualTo(UrlNormalizer.normalize(url));
	}

	@Test
	void aReusedScratchViewGivesWhatAFreshViewGives() throws UrlFormatException {
		Random random = new Random(20261127L);
		UrlView scratch = new UrlView();
		int scanned = 0;
		for (int i = 0; i < 20_000; i++) {
			String input = randomUrl(random);
			UrlView fresh;
			try {
				fresh = FastUrls.parse(input);
			}
			catch (UrlFormatException ex) {
				assertThatExceptionOfType(UrlFormatException.class).isThrownBy(() -> FastUrls.scan(input, scratch));
				continue;
			}
			UrlView view = FastUrls.scan(input, scratch);
			assertThat(view).as("view of %s", input).isEqualTo(fresh);
			assertThat(view.fingerprint(Fingerprints.EXACT_URL, 0, view.length())).as("fingerprint of %s", input)
				.isEqualTo(Fingerprints.of(Fingerprints.EXACT_URL, fresh.url()));
			scanned += (view == scratch) ? 1 : 0;
		}
		assertThat(scanned).as("inputs scanned into the scratch view").isGreaterThan(2_000);
	}

	@Test
	void returnsTheInputItselfWhenItIsNormalAlready() {
		String url = "https://art.example/works/harbour.jpg?size=2";
		assertThat(FastUrls.fast(url)).isNotNull().extracting(UrlView::url).isSameAs(url);
	}

	@Test
	void refusesWhatTheReferenceRefuses() {
		assertThatExceptionOfType(UrlFormatException.class)
			.isThrownBy(() -> FastUrls.parse("https://art.example:99999/"));
		assertThatExceptionOfType(UrlFormatException.class).isThrownBy(() -> FastUrls.parse("ftp://art.example/"));
	}

	/** Checks one input; returns whether the fast path took it. */
	private static boolean checkAgreement(String input) {
		String expected;
		try {
			expected = UrlNormalizer.normalize(input);
		}
		catch (UrlFormatException ex) {
			assertThat(FastUrls.fast(input)).as("fast path for refused %s", input).isNull();
			return false;
		}
		UrlView view = FastUrls.fast(input);
		if (view == null) {
			return false;
		}
		assertThat(view.url()).as("normal form of %s", input).isEqualTo(expected);
		UrlView reference;
		try {
			reference = FastUrls.reference(input);
		}
		catch (UrlFormatException ex) {
			throw new AssertionError(ex);
		}
		assertThat(view).as("positions and bytes for %s", input).isEqualTo(reference);
		assertThat(view.ascii()).as("bytes of %s", input).isNotNull();
		String url = view.url();
		for (int[] range : new int[][] { { 0, url.length() }, { view.hostStart(), view.hostEnd() },
				{ 0, view.pathStart() } }) {
			assertThat(view.fingerprint(Fingerprints.DOMAIN, range[0], range[1])).as("fingerprint of %s", input)
				.isEqualTo(Fingerprints.of(Fingerprints.DOMAIN, url, range[0], range[1]));
		}
		return true;
	}

	/** Half of the inputs from the common part of each pool, half from all of it. */
	private static String randomUrl(Random random) {
		boolean common = random.nextBoolean();
		StringBuilder url = new StringBuilder();
		url.append(common ? pick(random, SCHEMES, 4) : pick(random, SCHEMES));
		url.append(common ? "://" : pick(random, SEPARATORS));
		url.append(common ? "" : pick(random, USERINFO));
		url.append(common ? pick(random, HOSTS, 3) : pick(random, HOSTS));
		url.append(common ? pick(random, PORTS, 9) : pick(random, PORTS));
		int segments = random.nextInt(5);
		for (int i = 0; i < segments; i++) {
			url.append('/').append(common ? pick(random, SEGMENTS, 8) : pick(random, SEGMENTS));
			if (random.nextInt(6) == 0) {
				url.append(pick(random, SEGMENTS));
			}
		}
		url.append(common ? pick(random, QUERIES, 6) : pick(random, QUERIES));
		if (random.nextInt(20) == 0) {
			url.append(' ');
		}
		return url.toString();
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static String pick(Random random, String[] values, int first) {
		return values[random.nextInt(first)];
	}

}
