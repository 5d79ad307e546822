package org.consentregistry.registry.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts facet values over every hit of a search, from the facet fields' sorted-set doc
 * values: ordinals are counted per segment and turned into strings once per segment.
 */
final class FacetCounts implements Collector {

	private final Set<Facet> facets;

	private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);

	private final Map<Facet, SortedSetDocValues> values = new EnumMap<>(Facet.class);

	private final Map<Facet, long[]> segmentCounts = new EnumMap<>(Facet.class);

	FacetCounts(Set<Facet> facets) {
		this.facets = facets;
		facets.forEach((facet) -> this.counts.put(facet, new TreeMap<>()));
	}

	static CollectorManager<FacetCounts, Map<Facet, Map<String, Long>>> manager(Set<Facet> facets) {
		return new CollectorManager<>() {

			@Override
			public FacetCounts newCollector() {
				return new FacetCounts(facets);
			}

			@Override
			public Map<Facet, Map<String, Long>> reduce(Collection<FacetCounts> collectors) throws IOException {
				Map<Facet, Map<String, Long>> total = new EnumMap<>(Facet.class);
				for (FacetCounts collector : collectors) {
					collector.flushSegment();
					collector.counts.forEach((facet, byValue) -> byValue
						.forEach((value, count) -> total.computeIfAbsent(facet, (f) -> new TreeMap<>())
							.merge(value, count, Long::sum)));
				}
				facets.forEach((facet) -> total.computeIfAbsent(facet, (f) -> new TreeMap<>()));
				return total;
			}

		};
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		flushSegment();
		for (Facet facet : this.facets) {
			SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), facet.field());
			this.values.put(facet, docValues);
			this.segmentCounts.put(facet, new long[(int) docValues.getValueCount()]);
		}
		return new LeafCollector() {

			@Override
			public void setScorer(Scorable scorer) {
			}

			@Override
			public void collect(int doc) throws IOException {
				for (Map.Entry<Facet, SortedSetDocValues> entry : FacetCounts.this.values.entrySet()) {
					SortedSetDocValues docValues = entry.getValue();
					if (docValues.advanceExact(doc)) {
						long[] perOrd = FacetCounts.this.segmentCounts.get(entry.getKey());
						for (int i = 0; i < docValues.docValueCount(); i++) {
							perOrd[(int) docValues.nextOrd()]++;
						}
					}
				}
			}

		};
	}

	private void flushSegment() throws IOException {
		for (Map.Entry<Facet, long[]> entry : this.segmentCounts.entrySet()) {
			long[] perOrd = entry.getValue();
			SortedSetDocValues docValues = this.values.get(entry.getKey());
			for (int ord = 0; ord < perOrd.length; ord++) {
				if (perOrd[ord] > 0) {
					this.counts.get(entry.getKey())
						.merge(docValues.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
				}
			}
		}
		this.segmentCounts.clear();
		this.values.clear();
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

}
