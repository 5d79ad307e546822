package org.consentregistry.registry.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts facet values over every hit of a search, from the facet fields' sorted-set doc
 * values: per segment, each facet's ordinals are counted in a plain array (a field with
 * one value per document is read as single-valued doc values), and the ordinals counted
 * are turned into strings once, when the segment is done.
 */
final class FacetCounts implements Collector {

	private final Facet[] facets;

	private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);

	private final SortedSetDocValues[] values;

	private final long[][] segmentCounts;

	FacetCounts(Set<Facet> facets) {
		this.facets = facets.toArray(Facet[]::new);
		this.values = new SortedSetDocValues[this.facets.length];
		this.segmentCounts = new long[this.facets.length][];
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
				facets.forEach((facet) -> total.put(facet, new TreeMap<>()));
				for (FacetCounts collector : collectors) {
					collector.flushSegment();
					collector.counts.forEach((facet, byValue) -> byValue
						.forEach((value, count) -> total.get(facet).merge(value, count, Long::sum)));
				}
				return total;
			}

		};
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		flushSegment();
		SortedDocValues[] single = new SortedDocValues[this.facets.length];
		for (int i = 0; i < this.facets.length; i++) {
			SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), this.facets[i].field());
			this.values[i] = docValues;
			this.segmentCounts[i] = new long[(int) docValues.getValueCount()];
			single[i] = DocValues.unwrapSingleton(docValues);
		}
		return new SegmentCounter(this.values, single, this.segmentCounts);
	}

	private void flushSegment() throws IOException {
		for (int i = 0; i < this.facets.length; i++) {
			long[] perOrd = this.segmentCounts[i];
			if (perOrd == null) {
				continue;
			}
			Map<String, Long> byValue = this.counts.get(this.facets[i]);
			for (int ord = 0; ord < perOrd.length; ord++) {
				if (perOrd[ord] > 0) {
					byValue.merge(this.values[i].lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
				}
			}
			this.segmentCounts[i] = null;
			this.values[i] = null;
		}
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	/** Counts one segment's ordinals, per facet in a plain array. */
	private record SegmentCounter(SortedSetDocValues[] values, SortedDocValues[] single,
			long[][] counts) implements LeafCollector {

		@Override
		public void setScorer(Scorable scorer) {
		}

		@Override
		public void collect(int doc) throws IOException {
			for (int i = 0; i < this.counts.length; i++) {
				SortedDocValues one = this.single[i];
				if (one != null) {
					if (one.advanceExact(doc)) {
						this.counts[i][one.ordValue()]++;
					}
					continue;
				}
				SortedSetDocValues many = this.values[i];
				if (many.advanceExact(doc)) {
					long[] perOrd = this.counts[i];
					for (int n = many.docValueCount(); n > 0; n--) {
						perOrd[(int) many.nextOrd()]++;
					}
				}
			}
		}

	}

}
