package org.consentregistry.blocker.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An immutable index that takes single updates cheaply, like a log-structured merge tree:
 * a large base level built once, a middle level of at most n^(2/3) entries and a top
 * level of at most n^(1/3). An update rebuilds only the top level; a full top level is
 * merged into the middle one, a full middle level into the base. A record in a level
 * counts unless a higher level replaces or removes its id.
 */
final class LayeredIndex {

	private static final int MIN_TOP = 16;

	private static final int MIN_MIDDLE = 256;

	/** Base, middle, top. The base holds no tombstones. */
	private final List<Level> levels;

	private final int size;

	private LayeredIndex(List<Level> levels, int size) {
		this.levels = levels;
		this.size = size;
	}

	static LayeredIndex of(Collection<CompiledRecord> records) {
		RuleIndex base = RuleIndex.of(records);
		return new LayeredIndex(List.of(new Level(base, Set.of()), Level.EMPTY, Level.EMPTY), base.size());
	}

	int size() {
		return this.size;
	}

	@Nullable CompiledRecord record(String recordId) {
		for (int i = this.levels.size() - 1; i >= 0; i--) {
			Level level = this.levels.get(i);
			CompiledRecord record = level.index().records().get(recordId);
			if (record != null || level.tombstones().contains(recordId)) {
				return record;
			}
		}
		return null;
	}

	LayeredIndex with(CompiledRecord record) {
		Level top = top();
		Map<String, CompiledRecord> records = new LinkedHashMap<>(top.index().records());
		records.put(record.recordId(), record);
		Set<String> tombstones = top.tombstones();
		if (tombstones.contains(record.recordId())) {
			tombstones = new HashSet<>(tombstones);
			tombstones.remove(record.recordId());
		}
		int size = this.size + ((record(record.recordId()) == null) ? 1 : 0);
		return withTop(new Level(RuleIndex.of(records), Set.copyOf(tombstones)), size);
	}

	LayeredIndex without(String recordId) {
		if (record(recordId) == null) {
			return this;
		}
		Level top = top();
		Map<String, CompiledRecord> records = new LinkedHashMap<>(top.index().records());
		records.remove(recordId);
		Set<String> tombstones = new HashSet<>(top.tombstones());
		if (heldBelow(this.levels, recordId, this.levels.size() - 1)) {
			tombstones.add(recordId);
		}
		return withTop(new Level(RuleIndex.of(records), Set.copyOf(tombstones)), this.size - 1);
	}

	/**
	 * Adds the matches for {@code target} of records in force at {@code at} that count.
	 */
	void collect(Target target, Instant at, List<Match> out) {
		int count = this.levels.size();
		for (int i = 0; i < count; i++) {
			Level level = this.levels.get(i);
			if (level.index().size() > 0) {
				List<Level> higher = this.levels.subList(i + 1, count);
				boolean anyHigher = higher.stream().anyMatch((l) -> l.weight() > 0);
				level.index().collect(target, at, anyHigher ? (id) -> shadowed(higher, id) : null, out);
			}
		}
	}

	private static boolean shadowed(List<Level> higher, String recordId) {
		for (Level level : higher) {
			if (level.shadows(recordId)) {
				return true;
			}
		}
		return false;
	}

	private Level top() {
		return this.levels.get(this.levels.size() - 1);
	}

	/**
	 * Whether a level of {@code levels} below {@code level} holds a record
	 * {@code recordId}.
	 */
	private static boolean heldBelow(List<Level> levels, String recordId, int level) {
		for (int i = 0; i < level; i++) {
			if (levels.get(i).index().records().containsKey(recordId)) {
				return true;
			}
		}
		return false;
	}

	/** Replaces the top level, then merges every full level into the one below. */
	private LayeredIndex withTop(Level top, int size) {
		List<Level> levels = new ArrayList<>(this.levels);
		levels.set(levels.size() - 1, top);
		int baseSize = levels.get(0).index().size();
		for (int i = levels.size() - 1; i >= 1; i--) {
			if (levels.get(i).weight() > capacity(i, levels.size(), baseSize)) {
				levels.set(i - 1, merge(levels, i));
				levels.set(i, Level.EMPTY);
			}
		}
		return new LayeredIndex(List.copyOf(levels), size);
	}

	/** Level {@code upper} of {@code levels} merged into the level below it. */
	private static Level merge(List<Level> levels, int upper) {
		Level lower = levels.get(upper - 1);
		Level higher = levels.get(upper);
		Map<String, CompiledRecord> records = new LinkedHashMap<>(lower.index().records());
		records.keySet().removeAll(higher.tombstones());
		records.putAll(higher.index().records());
		Set<String> tombstones = new HashSet<>();
		for (String id : lower.tombstones()) {
			if (!higher.index().records().containsKey(id)) {
				tombstones.add(id);
			}
		}
		tombstones.addAll(higher.tombstones());
		tombstones.removeIf((id) -> !heldBelow(levels, id, upper - 1));
		return new Level(RuleIndex.of(records), Set.copyOf(tombstones));
	}

	/** Level {@code i} of {@code count} holds at most baseSize^((count - i) / count). */
	private static int capacity(int i, int count, int baseSize) {
		int minimum = (i == count - 1) ? MIN_TOP : MIN_MIDDLE;
		return Math.max(minimum, (int) Math.pow(baseSize, (double) (count - i) / count));
	}

}
