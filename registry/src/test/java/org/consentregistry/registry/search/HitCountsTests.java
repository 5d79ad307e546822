package org.consentregistry.registry.search;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts are kept per reader: a new reader starts empty, a closed one's are dropped. */
class HitCountsTests {

	private final HitCounts counts = new HitCounts();

	private final Query query = new TermQuery(new Term("status", "current"));

	private final HitCounts.Counts two = new HitCounts.Counts(2, Map.of());

	@Test
	void keepsCountsPerQueryAndFacetsOfOneReader() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			writer.addDocument(document());
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				assertThat(this.counts.get(searcher, this.query, Set.of())).isNull();
				this.counts.put(searcher, this.query, Set.of(), this.two);
				assertThat(this.counts.get(new IndexSearcher(reader), this.query, Set.of())).isEqualTo(this.two);
				assertThat(this.counts.get(searcher, this.query, Set.of(Facet.STATUS))).isNull();
				assertThat(this.counts.get(searcher, new TermQuery(new Term("status", "withdrawn")), Set.of()))
					.isNull();
			}
		}
	}

	@Test
	void startsEmptyOnNewReaderAndDropsClosedReaders() throws Exception {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			writer.addDocument(document());
			DirectoryReader old = DirectoryReader.open(writer);
			this.counts.put(new IndexSearcher(old), this.query, Set.of(), this.two);
			writer.addDocument(document());
			try (DirectoryReader changed = DirectoryReader.openIfChanged(old, writer)) {
				assertThat(changed).isNotNull();
				assertThat(this.counts.get(new IndexSearcher(changed), this.query, Set.of())).isNull();
				assertThat(this.counts.readers()).isEqualTo(2);
				old.close();
				assertThat(this.counts.readers()).isEqualTo(1);
			}
		}
	}

	private static Document document() {
		Document document = new Document();
		document.add(new StringField("status", "current", Store.NO));
		return document;
	}

}
