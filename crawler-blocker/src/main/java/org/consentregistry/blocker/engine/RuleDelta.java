package org.consentregistry.blocker.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.consentregistry.blocker.policy.ConsentRecord;

/**
 * What an incremental snapshot holds: the records of a newer compilation that are new or
 * whose compiled form changed (evidence, entries or their flags), and the ids of records
 * of the older one that are gone or changed. {@link RuleFiles#apply} of the delta onto
 * the older rules gives the newer rules, byte for byte once written.
 *
 * @param additions the new and changed records with their entries, compiled for the same
 * purpose
 * @param removed the ids of the records removed or changed, sorted
 */
public record RuleDelta(CompiledRules additions, Set<String> removed) {

	public RuleDelta {
		removed = Set.copyOf(new TreeSet<>(removed));
	}

	/**
	 * The delta that takes {@code base} to {@code target}, both compiled for one purpose
	 * (as read from two full snapshots).
	 */
	public static RuleDelta between(CompiledRules base, CompiledRules target) {
		if (base.purpose() != target.purpose()) {
			throw new IllegalArgumentException(
					"expected rules of one purpose, got " + base.purpose() + " and " + target.purpose());
		}
		Map<String, Integer> baseIndex = new HashMap<>();
		for (int i = 0; i < base.records().size(); i++) {
			baseIndex.put(base.records().get(i).recordId(), i);
		}
		RecordEntries before = new RecordEntries(base);
		RecordEntries after = new RecordEntries(target);
		Set<String> removed = new TreeSet<>();
		Set<String> present = new HashSet<>();
		int[] remap = new int[target.records().size()];
		List<ConsentRecord> changed = new ArrayList<>();
		for (int i = 0; i < remap.length; i++) {
			ConsentRecord record = target.records().get(i);
			present.add(record.recordId());
			Integer b = baseIndex.get(record.recordId());
			boolean same = b != null && base.records().get(b).equals(record) && before.same(b, after, i);
			remap[i] = same ? -1 : changed.size();
			if (!same) {
				changed.add(record);
				if (b != null) {
					removed.add(record.recordId());
				}
			}
		}
		baseIndex.keySet().stream().filter((id) -> !present.contains(id)).forEach(removed::add);
		Postings postings = new Postings();
		RuleFiles.copy(target, 0, postings);
		return new RuleDelta(postings.build(target.purpose(), List.copyOf(changed), remap, null), removed);
	}

}
