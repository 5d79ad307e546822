package org.consentregistry.registry.search.elasticsearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The numeric tie-breaker sorts records exactly as their id strings do, so that cursors
 * holding the id string stay valid.
 */
class RecordOrderTests {

	@Test
	void sortsHalvesAsTheIdStringsDo() {
		List<String> ids = List.of("00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000001",
				"00000000-0000-0000-7fff-ffffffffffff", "00000000-0000-0000-8000-000000000000",
				"00000000-0000-0000-ffff-ffffffffffff", "7fffffff-ffff-ffff-0000-000000000000",
				"80000000-0000-0000-0000-000000000000", "b5d5d5c4-5f94-3e75-9e59-d332c482d9f5",
				"f97af347-b0a4-3528-8a89-6f69e052617a", "ffffffff-ffff-ffff-ffff-ffffffffffff");
		List<String> shuffled = new ArrayList<>(ids);
		java.util.Collections.reverse(shuffled);
		shuffled.sort(Comparator.comparing((String id) -> RecordOrder.halves(id)[0])
			.thenComparing((String id) -> RecordOrder.halves(id)[1]));
		assertThat(shuffled).containsExactlyElementsOf(ids);
	}

	@Test
	void searchesAfterTheSameValuesTheDocumentHolds() {
		String id = "b5d5d5c4-5f94-3e75-9e59-d332c482d9f5";
		long[] halves = RecordOrder.halves(id);
		assertThat(RecordOrder.after(id)).extracting((value) -> value.longValue())
			.containsExactly(halves[0], halves[1]);
	}

}
