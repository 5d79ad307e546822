package org.consentregistry.registry.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

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

}
