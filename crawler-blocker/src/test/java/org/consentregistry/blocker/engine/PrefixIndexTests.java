package org.consentregistry.blocker.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A URL-prefix lookup finds exactly the prefixes that start the URL, longest first and
 * entries of one prefix in entry order, however the prefixes nest, repeat or share an
 * origin: compared with a scan of every prefix.
 */
class PrefixIndexTests {

	private static final String[] SEGMENTS = { "a", "ab", "b", "series", "series-2", "s", "x.jpg", "" };

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void findsEveryPrefixThatStartsTheUrlLongestFirstAsAScanWould(int seed) {
		SplittableRandom random = new SplittableRandom(seed);
		String[] prefixes = new String[1 + random.nextInt(400)];
		for (int i = 0; i < prefixes.length; i++) {
			prefixes[i] = randomUrl(random, random.nextInt(4));
		}
		Arrays.sort(prefixes);
		int[] payloads = new int[prefixes.length];
		for (int i = 0; i < payloads.length; i++) {
			payloads[i] = i;
		}
		PrefixIndex index = new PrefixIndex(prefixes, payloads);
		for (int i = 0; i < 2_000; i++) {
			String url = randomUrl(random, 1 + random.nextInt(5));
			UrlView view = FastUrls.fast(url);
			assertThat(view).as(url).isNotNull();
			assertThat(collect(index, view)).as(url).isEqualTo(scan(prefixes, url));
		}
	}

	@Test
	void nestedAndRepeatedPrefixesOfOneUrlAreAllFoundLongestFirst() {
		String[] prefixes = { "https://art.example/", "https://art.example/works", "https://art.example/works/",
				"https://art.example/works/", "https://art.example/works/b", "https://art.example/works/harbour",
				"https://other.example/works/" };
		PrefixIndex index = new PrefixIndex(prefixes, new int[prefixes.length]);
		UrlView url = FastUrls.fast("https://art.example/works/harbour.jpg");
		assertThat(url).isNotNull();
		assertThat(collect(index, url)).containsExactly(5, 2, 3, 1, 0);
		UrlView sibling = FastUrls.fast("https://art.example/works/c.jpg");
		assertThat(sibling).isNotNull();
		assertThat(collect(index, sibling)).containsExactly(2, 3, 1, 0);
	}

	private static String randomUrl(SplittableRandom random, int depth) {
		StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://art.example/" : "https://b.example/");
		for (int d = 0; d < depth; d++) {
			url.append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
			if (random.nextInt(3) > 0) {
				url.append('/');
			}
		}
		return url.toString();
	}

	private static List<Integer> collect(PrefixIndex index, UrlView url) {
		List<Integer> found = new ArrayList<>();
		index.collect(url, new PrefixIndex.EntrySink() {

			@Override
			public void prefix(int entry) {
				found.add(entry);
			}

			@Override
			public void domain(int entry) {
				throw new AssertionError("a prefix index found a domain");
			}

		});
		return found;
	}

	private static List<Integer> scan(String[] prefixes, String url) {
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < prefixes.length; i++) {
			if (url.startsWith(prefixes[i])) {
				found.add(i);
			}
		}
		found.sort(Comparator.comparingInt((Integer i) -> -prefixes[i].length()).thenComparingInt(i -> i));
		return found;
	}

}
