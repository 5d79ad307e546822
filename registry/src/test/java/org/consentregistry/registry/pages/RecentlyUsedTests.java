package org.consentregistry.registry.pages;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecentlyUsedTests {

	private final List<String> reads = new ArrayList<>();

	private String read(String key) {
		this.reads.add(key);
		return key.toUpperCase();
	}

	@Test
	void readsAKeptValueOnce() {
		RecentlyUsed<String, String> kept = new RecentlyUsed<>(2);
		assertThat(kept.get("a", this::read)).isEqualTo("A");
		assertThat(kept.get("a", this::read)).isEqualTo("A");
		assertThat(this.reads).containsExactly("a");
	}

	@Test
	void forgetsTheLeastRecentlyUsedValueBeyondItsCapacity() {
		RecentlyUsed<String, String> kept = new RecentlyUsed<>(2);
		kept.get("a", this::read);
		kept.get("b", this::read);
		kept.get("a", this::read);
		kept.get("c", this::read);
		assertThat(kept.size()).isEqualTo(2);
		kept.get("a", this::read);
		kept.get("b", this::read);
		assertThat(this.reads).containsExactly("a", "b", "c", "b");
	}

	@Test
	void keepsAPutValueWithoutReadingIt() {
		RecentlyUsed<String, String> kept = new RecentlyUsed<>(2);
		kept.put("a", "put");
		assertThat(kept.get("a", this::read)).isEqualTo("put");
		kept.get("b", this::read);
		kept.get("c", this::read);
		assertThat(kept.get("a", this::read)).isEqualTo("A");
		assertThat(this.reads).containsExactly("b", "c", "a");
	}

	@Test
	void rejectsACapacityBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RecentlyUsed<String, String>(0))
			.withMessage("Expected a capacity of at least 1 but got 0");
	}

}
