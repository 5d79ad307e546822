package org.consentregistry.blocker.engine;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host filter never misses a key it was built with, lets through few others, and the
 * empty and pass-all filters answer as named.
 */
class HostFilterTests {

	@ParameterizedTest(name = "{0} keys")
	@ValueSource(ints = { 1, 3, 64, 1000, 100_000 })
	void neverMissesAKeyAndLetsThroughFewOthers(int n) {
		SplittableRandom random = new SplittableRandom(n);
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			keys[i] = Fingerprints.of(Fingerprints.DOMAIN, "site" + random.nextInt() + ".example");
		}
		HostFilter filter = HostFilter.of(keys, n);
		for (long key : keys) {
			assertThat(filter.mayContain(key)).isTrue();
		}
		int passed = 0;
		int trials = 200_000;
		for (int i = 0; i < trials; i++) {
			passed += filter.mayContain(Fingerprints.of(Fingerprints.DOMAIN, "other" + i + ".example")) ? 1 : 0;
		}
		// Two bits of at least sixteen a key: at most (1 - e^(-1/8))^2 = 1.4 %, and
		// less for small sets (at least 64 bits).
		assertThat((double) passed / trials).isLessThan(0.025);
	}

	@Test
	void emptyFilterLetsNothingThroughAndTheOtherEverything() {
		assertThat(HostFilter.of(new long[0], 0).mayContain(42L)).isFalse();
		assertThat(HostFilter.ALL.mayContain(42L)).isTrue();
	}

}
