package org.consentregistry.blocker.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blocked Bloom filter that lookups probe never misses a fingerprint of its table,
 * and lets through about 2 in 100 others at about 12 bits a key.
 */
class BlockedBloomFilterTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 5, 10, 100, 1000, 65_537, 1_000_000 })
	void neverMissesAFingerprintOfTheTable(int size) {
		long[] keys = new SplittableRandom(size).longs(size).toArray();
		BlockedBloomFilter filter = BlockedBloomFilter.of(table(keys));
		for (long key : keys) {
			assertThat(filter.mayContain(key)).as("key %d of %d", key, size).isTrue();
		}
	}

	@Test
	void neverMissesRealUrlFingerprints() {
		long[] keys = new long[100_000];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = Fingerprints.of(Fingerprints.EXACT_URL,
					"https://site" + (i % 977) + ".example/works/" + i + ".jpg");
		}
		BlockedBloomFilter filter = BlockedBloomFilter.of(table(keys));
		for (long key : keys) {
			assertThat(filter.mayContain(key)).isTrue();
		}
	}

	@Test
	void falsePositiveRateIsAboutTwoInHundredAtTwelveBitsAKey() {
		int size = 1_000_000;
		SplittableRandom random = new SplittableRandom(7);
		BlockedBloomFilter filter = BlockedBloomFilter.of(table(random.longs(size).toArray()));
		int trials = 2_000_000;
		int positives = 0;
		for (int i = 0; i < trials; i++) {
			positives += filter.mayContain(random.nextLong()) ? 1 : 0;
		}
		double rate = (double) positives / trials;
		assertThat(rate).as("false-positive rate").isBetween(0.005, 0.03);
		assertThat(filter.sizeInBytes() * 8.0 / size).as("bits a key").isLessThanOrEqualTo(12.0);
	}

	@Test
	void emptyFilterContainsNothing() {
		BlockedBloomFilter filter = BlockedBloomFilter.of(FingerprintTable.EMPTY);
		assertThat(new SplittableRandom(1).longs(10_000).anyMatch(filter::mayContain)).isFalse();
	}

	private static FingerprintTable table(long[] keys) {
		long[] fingerprints = keys.clone();
		int[] payloads = new int[keys.length];
		FingerprintTable.sort(fingerprints, payloads, keys.length);
		return new FingerprintTable(fingerprints, payloads);
	}

}
