package org.consentregistry.blocker.engine;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binary fuse filter (Graf and Lemire 2022) never misses a key it was built with, and
 * its false-positive rate is near the 2^-8 of 8-bit fingerprints.
 */
class BinaryFuseFilterTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 10, 100, 1000, 65_537, 1_000_000 })
	void neverMissesAKeyOfTheSet(int size) {
		long[] keys = new SplittableRandom(size).longs(size).toArray();
		BinaryFuseFilter filter = BinaryFuseFilter.build(keys.clone());
		for (long key : keys) {
			assertThat(filter.mayContain(key)).as("key %d of %d", key, size).isTrue();
		}
	}

	@Test
	void keepsDuplicatesAndConsecutiveKeys() {
		long[] keys = new long[10_000];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = i / 2;
		}
		BinaryFuseFilter filter = BinaryFuseFilter.build(keys.clone());
		for (long key : keys) {
			assertThat(filter.mayContain(key)).isTrue();
		}
	}

	@Test
	void falsePositiveRateIsAboutOneIn256AndSizeAboutNineBitsAKey() {
		int size = 1_000_000;
		SplittableRandom random = new SplittableRandom(7);
		BinaryFuseFilter filter = BinaryFuseFilter.build(random.longs(size).toArray());
		int trials = 2_000_000;
		int positives = 0;
		for (int i = 0; i < trials; i++) {
			positives += filter.mayContain(random.nextLong()) ? 1 : 0;
		}
		double rate = (double) positives / trials;
		assertThat(rate).as("false-positive rate").isBetween(0.0032, 0.0047);
		assertThat(filter.sizeInBytes() * 8.0 / size).as("bits a key").isLessThan(9.2);
	}

	@Test
	void emptyFilterContainsNothing() {
		BinaryFuseFilter filter = BinaryFuseFilter.build(new long[0]);
		assertThat(new SplittableRandom(1).longs(10_000).anyMatch(filter::mayContain)).isFalse();
	}

}
