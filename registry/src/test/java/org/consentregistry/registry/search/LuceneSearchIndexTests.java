package org.consentregistry.registry.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.consentregistry.registry.search.TestIndexedRecords.idOf;
import static org.consentregistry.registry.search.TestIndexedRecords.record;

/** The Lucene adapter passes the shared contract, and keeps its state on disk. */
class LuceneSearchIndexTests extends SearchIndexContract {

	@TempDir
	Path dir;

	@Override
	protected SearchIndex createIndex() {
		return new LuceneSearchIndex(this.dir.resolve("search"));
	}

	@Test
	void keepsDocumentsAndPositionAcrossRestarts() {
		this.index.index(List.of(record("kept").build()), 12);
		this.index.close();
		this.index = createIndex();
		assertThat(this.index.position()).isEqualTo(12);
		assertThat(ids(search(SearchQuery.builder()))).containsExactly(idOf("kept"));
	}

	@Test
	void keepsRebuiltVersionBehindAliasAcrossRestarts() throws Exception {
		this.index.index(List.of(record("old").build()), 1);
		try (IndexRebuild rebuild = this.index.rebuild()) {
			rebuild.index(List.of(record("new").build()));
			rebuild.complete(4);
		}
		this.index.close();
		this.index = createIndex();
		assertThat(ids(search(SearchQuery.builder()))).containsExactly(idOf("new"));
		assertThat(this.index.health().version()).isEqualTo("records-v2");
		assertThat(Files.readString(this.dir.resolve("search/current")).strip()).isEqualTo("records-v2");
		assertThat(this.dir.resolve("search/records-v1")).doesNotExist();
	}

	@Test
	void answersUnavailableWhileItsDirectoryCannotBeOpened() throws Exception {
		this.index.close();
		Path blocked = this.dir.resolve("blocked");
		Files.writeString(blocked, "not a directory");
		SearchIndex broken = new LuceneSearchIndex(blocked);
		assertThatExceptionOfType(SearchUnavailableException.class)
			.isThrownBy(() -> broken.search(SearchQuery.builder().build()));
		assertThat(broken.health().available()).isFalse();
		Files.delete(blocked);
		assertThat(broken.search(SearchQuery.builder().build()).total()).isZero();
		broken.close();
		this.index = createIndex();
	}

	@Test
	void pagesCorrectlyWhileAnotherThreadAddsRecords() throws Exception {
		List<IndexedRecord> existing = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			existing.add(record("e" + i).title("Harbour " + i).receivedAt(i % 17).build());
		}
		this.index.index(existing);
		AtomicBoolean stop = new AtomicBoolean();
		Thread writer = new Thread(() -> {
			for (int i = 0; !stop.get(); i++) {
				this.index.index(List.of(record("added" + i).title("Harbour harbour").receivedAt(i % 17).build(),
						existing.get(i % 200).withVerifiedControl(true)));
			}
		});
		writer.start();
		try {
			for (SearchSort sort : SearchSort.values()) {
				List<String> seen = pageThrough(SearchQuery.builder().text("harbour").sort(sort).size(9).build());
				assertThat(seen).as(sort.token())
					.doesNotHaveDuplicates()
					.containsAll(existing.stream().map(IndexedRecord::recordId).toList());
			}
		}
		finally {
			stop.set(true);
			writer.join();
		}
	}

	@Test
	void breaksTiesByRecordIdAsTheIdStringsSort() {
		List<IndexedRecord> tied = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			tied.add(record("tied" + i).receivedAt(5).build());
		}
		this.index.index(tied);
		List<String> byId = tied.stream().map(IndexedRecord::recordId).sorted().toList();
		for (SearchSort sort : List.of(SearchSort.NEWEST, SearchSort.OLDEST)) {
			assertThat(pageThrough(SearchQuery.builder().sort(sort).size(7).build())).as(sort.token())
				.containsExactlyElementsOf(byId);
		}
	}

	@Test
	void startsANewIndexWhenTheLiveOneHasAnOlderLayout() throws Exception {
		this.index.close();
		Path old = this.dir.resolve("search/records-v1");
		try (FSDirectory directory = FSDirectory.open(old);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			Document doc = new Document();
			doc.add(new StringField(RecordDocuments.ID, idOf("old"), Store.YES));
			writer.addDocument(doc);
			writer.setLiveCommitData(Map.of(LuceneIndexVersion.POSITION, "7").entrySet());
			writer.commit();
		}
		this.index = createIndex();
		assertThat(this.index.health().version()).isEqualTo("records-v2");
		assertThat(this.index.position()).isZero();
		assertThat(old).doesNotExist();
		this.index.index(List.of(record("new").build()), 1);
		assertThat(ids(search(SearchQuery.builder()))).containsExactly(idOf("new"));
	}

}
