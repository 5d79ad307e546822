package org.consentregistry.registry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consentregistry.registry.search.TestIndexedRecords.idOf;
import static org.consentregistry.registry.search.TestIndexedRecords.record;

/**
 * The behaviour every {@link SearchIndex} adapter shares (see {@link SearchQuery} for the
 * query semantics). An adapter's test extends this class and supplies an empty index.
 */
public abstract class SearchIndexContract {

	protected SearchIndex index;

	/** A new, empty index, for one test. */
	protected abstract SearchIndex createIndex() throws Exception;

	@BeforeEach
	void openIndex() throws Exception {
		this.index = createIndex();
	}

	@AfterEach
	void closeIndex() {
		this.index.close();
	}

	@Test
	void findsRecordsByTitleCreatorAndDescriptionWords() {
		this.index.index(List.of(record("harbour").title("Harbour at dusk").build(),
				record("noon").title("Harbour at noon").creator("Ben Painter").build(),
				record("field").title("Field").description("A quiet harbour in the fog").build()));
		assertThat(ids(search(SearchQuery.builder().text("harbour")))).containsExactlyInAnyOrder(idOf("harbour"),
				idOf("noon"), idOf("field"));
		assertThat(ids(search(SearchQuery.builder().text("painter")))).containsExactly(idOf("noon"));
		assertThat(ids(search(SearchQuery.builder().text("FOG")))).containsExactly(idOf("field"));
	}

	@Test
	void fullTextRequiresEveryWord() {
		this.index.index(List.of(record("harbour").title("Harbour at dusk").build(),
				record("noon").title("Harbour at noon").build()));
		assertThat(ids(search(SearchQuery.builder().text("harbour dusk")))).containsExactly(idOf("harbour"));
	}

	@Test
	void ranksTitleMatchesFirstAndMarksMatchedWords() {
		this.index.index(List.of(record("described").title("Field").description("a harbour scene").build(),
				record("titled").title("Harbour <at> dusk").build()));
		SearchResult result = search(SearchQuery.builder().text("harbour"));
		assertThat(ids(result)).containsExactly(idOf("titled"), idOf("described"));
		SearchHit first = result.hits().get(0);
		assertThat(first.score()).isPositive();
		assertThat(first.highlights().get("title"))
			.containsExactly(Highlight.START + "Harbour" + Highlight.END + " <at> dusk");
		assertThat(result.hits().get(1).highlights().get("description")).singleElement()
			.satisfies((fragment) -> assertThat(fragment).contains(Highlight.START + "harbour" + Highlight.END));
	}

	@Test
	void marksEveryWordAPrefixMatchesAndEachWordOfAPhrase() {
		this.index.index(List.of(record("harbour").title("Harbour at dusk")
			.creator("Ada Example")
			.description("A quiet harbour in the fog.")
			.build()));
		SearchHit prefixed = search(SearchQuery.builder().text("harb*")).hits().get(0);
		assertThat(prefixed.highlights().get("title")).containsExactly(marked("Harbour") + " at dusk");
		assertThat(prefixed.highlights().get("description"))
			.containsExactly("A quiet " + marked("harbour") + " in the fog.");
		SearchHit phrase = search(SearchQuery.builder().text("\"ada example\"")).hits().get(0);
		assertThat(phrase.highlights().get("creatorName")).containsExactly(marked("Ada") + " " + marked("Example"));
		assertThat(phrase.highlights()).doesNotContainKeys("title", "description");
	}

	@Test
	void findsRecordsByExactNormalisedUrl() {
		this.index.index(List.of(record("exact").url("https://art.example/works/harbour.jpg").build(),
				record("other").url("https://art.example/works/harbour.jpg.bak").build(),
				record("prefix").prefix("https://art.example/works/").build()));
		assertThat(ids(search(SearchQuery.builder().url("HTTPS://Art.Example:443/works/./harbour.jpg"))))
			.containsExactly(idOf("exact"));
	}

	@Test
	void findsRecordsUnderAndCoveringUrlPrefix() {
		this.index.index(List.of(record("exact").url("https://art.example/works/harbour.jpg").build(),
				record("narrower").prefix("https://art.example/works/2026/").build(),
				record("broader").prefix("https://art.example/").build(),
				record("domain").domain("art.example", false).build(),
				record("elsewhere").url("https://art.example/about").build(),
				record("otherhost").prefix("https://other.example/works/").build()));
		assertThat(ids(search(SearchQuery.builder().urlPrefix("https://art.example/works/"))))
			.containsExactlyInAnyOrder(idOf("exact"), idOf("narrower"), idOf("broader"), idOf("domain"));
	}

	@Test
	void findsRecordsOnDomainAndItsSubdomains() {
		this.index.index(List.of(record("domain").domain("art.example", false).build(),
				record("sub").domain("shop.art.example", false).build(),
				record("parentWithSubdomains").domain("example", true).build(),
				record("parentOnly").domain("example", false).build(),
				record("url").url("https://cdn.art.example/a.jpg").build(),
				record("prefix").prefix("https://art.example/works/").build(),
				record("lookalike").domain("notart.example", false).build()));
		assertThat(ids(search(SearchQuery.builder().domain("Art.Example")))).containsExactlyInAnyOrder(idOf("domain"),
				idOf("sub"), idOf("parentWithSubdomains"), idOf("url"), idOf("prefix"));
	}

	@Test
	void findsRecordsBySha256() {
		String hash = "a".repeat(64);
		this.index
			.index(List.of(record("hashed").sha256(hash).build(), record("other").sha256("b".repeat(64)).build()));
		assertThat(ids(search(SearchQuery.builder().sha256("sha256:" + hash.toUpperCase()))))
			.containsExactly(idOf("hashed"));
	}

	@Test
	void filtersByPurposeEffectAndCountsFacets() {
		this.index.index(List.of(
				record("refused").effect(Purpose.AI_TRAIN, PurposeEffect.REFUSED).mediaType("image/png").build(),
				record("allowed").effect(Purpose.AI_TRAIN, PurposeEffect.ALLOWED).verified(true).build(),
				record("old").effect(Purpose.AI_TRAIN, PurposeEffect.REFUSED).status(RecordStatus.SUPERSEDED).build()));
		SearchResult result = search(SearchQuery.builder()
			.purpose("ai-train:refused")
			.facets(Facet.PURPOSE, Facet.MEDIA_TYPE, Facet.STATUS, Facet.VERIFIED_CONTROL));
		assertThat(ids(result)).containsExactlyInAnyOrder(idOf("refused"), idOf("old"));
		assertThat(result.total()).isEqualTo(2);
		assertThat(result.facets().get(Facet.PURPOSE)).containsEntry("ai-train:refused", 2L)
			.containsEntry("tdm:unstated", 2L)
			.doesNotContainKey("ai-train:allowed");
		assertThat(result.facets().get(Facet.MEDIA_TYPE)).containsEntry("image/png", 1L)
			.containsEntry("image/jpeg", 1L);
		assertThat(result.facets().get(Facet.STATUS)).containsEntry("current", 1L).containsEntry("superseded", 1L);
		assertThat(result.facets().get(Facet.VERIFIED_CONTROL)).containsEntry("false", 2L);
		assertThat(ids(search(
				SearchQuery.builder().purpose("ai-train:refused").status(RecordStatus.CURRENT).mediaType("IMAGE/PNG"))))
			.containsExactly(idOf("refused"));
		assertThat(ids(search(SearchQuery.builder().verifiedControl(true)))).containsExactly(idOf("allowed"));
	}

	@Test
	void countsEveryMatchOfLookupsWhetherTheirFirstPageHoldsThemAllOrNot() {
		String url = "https://art.example/works/harbour.jpg";
		String hash = "c".repeat(64);
		this.index.index(List.of(
				record("current").url(url)
					.sha256(hash)
					.mediaType("Image/PNG")
					.effect(Purpose.AI_TRAIN, PurposeEffect.REFUSED)
					.build(),
				record("old").url(url).sha256(hash).status(RecordStatus.SUPERSEDED).verified(true).build(),
				record("untyped").url(url).sha256(hash).mediaType(null).build(),
				record("elsewhere").url("https://art.example/works/other.jpg").sha256("d".repeat(64)).build()));
		for (SearchQueryBuilder lookup : List.of(SearchQuery.builder().url(url), SearchQuery.builder().sha256(hash))) {
			for (int size : new int[] { 1, 3, 20 }) {
				SearchResult result = search(lookup.size(size)
					.facets(Facet.PURPOSE, Facet.MEDIA_TYPE, Facet.STATUS, Facet.VERIFIED_CONTROL));
				assertThat(result.total()).as("size %d", size).isEqualTo(3);
				assertThat(result.hits()).hasSize(Math.min(size, 3));
				assertThat(result.next() != null).isEqualTo(size < 3);
				assertThat(result.facets().get(Facet.MEDIA_TYPE)).isEqualTo(Map.of("image/png", 1L, "image/jpeg", 1L));
				assertThat(result.facets().get(Facet.STATUS)).isEqualTo(Map.of("current", 2L, "superseded", 1L));
				assertThat(result.facets().get(Facet.VERIFIED_CONTROL)).isEqualTo(Map.of("true", 1L, "false", 2L));
				assertThat(result.facets().get(Facet.PURPOSE)).containsEntry("ai-train:refused", 1L)
					.containsEntry("ai-train:unstated", 2L)
					.containsEntry("tdm:unstated", 3L)
					.hasSize(6);
			}
		}
		SearchResult nothing = search(SearchQuery.builder().url("https://art.example/nothing").facets(Facet.STATUS));
		assertThat(nothing.total()).isZero();
		assertThat(nothing.facets()).containsOnlyKeys(Facet.STATUS);
		assertThat(nothing.facets().get(Facet.STATUS)).isEmpty();
	}

	@Test
	void countsStayExactWhenTheSameQueryRunsAgainAfterChanges() {
		this.index.index(List.of(record("one").effect(Purpose.AI_TRAIN, PurposeEffect.REFUSED).build(),
				record("two").effect(Purpose.AI_TRAIN, PurposeEffect.ALLOWED).build()));
		SearchQueryBuilder query = SearchQuery.builder().facets(Facet.PURPOSE).size(1).sort(SearchSort.NEWEST);
		assertThat(search(query).total()).isEqualTo(2);
		assertThat(search(query).facets().get(Facet.PURPOSE)).containsEntry("ai-train:refused", 1L);
		this.index.index(List.of(record("three").effect(Purpose.AI_TRAIN, PurposeEffect.REFUSED).build()));
		SearchResult grown = search(query);
		assertThat(grown.total()).isEqualTo(3);
		assertThat(grown.facets().get(Facet.PURPOSE)).containsEntry("ai-train:refused", 2L)
			.containsEntry("ai-train:allowed", 1L);
		SearchResult second = this.index.search(query.build().after(grown.next()));
		assertThat(second.total()).isEqualTo(3);
		assertThat(second.facets().get(Facet.PURPOSE)).containsEntry("ai-train:refused", 2L);
		this.index.delete(List.of(idOf("one")));
		SearchResult shrunk = search(query);
		assertThat(shrunk.total()).isEqualTo(2);
		assertThat(shrunk.facets().get(Facet.PURPOSE)).containsEntry("ai-train:refused", 1L);
	}

	@Test
	void filtersByIssuerAndWork() {
		this.index.index(List.of(record("a").issuer("did:key:z6MkA").work("urn:uuid:" + idOf("w1")).build(),
				record("b").issuer("did:key:z6MkB").work("urn:uuid:" + idOf("w1")).build(),
				record("c").issuer("did:key:z6MkA").build()));
		assertThat(ids(search(SearchQuery.builder().issuer("did:key:z6MkA")))).containsExactlyInAnyOrder(idOf("a"),
				idOf("c"));
		assertThat(ids(search(SearchQuery.builder().issuer("did:key:z6MkA").work("urn:uuid:" + idOf("w1")))))
			.containsExactly(idOf("a"));
	}

	@Test
	void sortsByReceivedTime() {
		this.index.index(List.of(record("middle").receivedAt(20).build(), record("first").receivedAt(10).build(),
				record("last").receivedAt(30).build()));
		assertThat(ids(search(SearchQuery.builder().sort(SearchSort.NEWEST)))).containsExactly(idOf("last"),
				idOf("middle"), idOf("first"));
		assertThat(ids(search(SearchQuery.builder().sort(SearchSort.OLDEST)))).containsExactly(idOf("first"),
				idOf("middle"), idOf("last"));
	}

	@Test
	void pagesThroughEveryHitOnceWithCursors() {
		List<IndexedRecord> records = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			records.add(record("r" + i).title("Harbour " + i).receivedAt(i % 4).build());
		}
		this.index.index(records);
		for (SearchSort sort : SearchSort.values()) {
			List<String> seen = pageThrough(SearchQuery.builder().text("harbour").sort(sort).size(7).build());
			assertThat(seen).as(sort.token())
				.hasSize(25)
				.doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(records.stream().map(IndexedRecord::recordId).toList());
		}
	}

	@Test
	void offersANextPageOnlyWhenThereAreMoreHits() {
		this.index.index(List.of(record("a").title("Harbour a").receivedAt(1).build(),
				record("b").title("Harbour b").receivedAt(2).build(),
				record("c").title("Harbour c").receivedAt(3).build()));
		for (SearchSort sort : SearchSort.values()) {
			SearchQueryBuilder all = SearchQuery.builder().text("harbour").sort(sort).size(3);
			assertThat(search(all).next()).as(sort.token()).isNull();
			SearchResult first = search(SearchQuery.builder().text("harbour").sort(sort).size(2));
			assertThat(first.next()).as(sort.token()).isNotNull();
			SearchResult last = this.index.search(all.size(2).build().after(first.next()));
			assertThat(ids(last)).as(sort.token()).hasSize(1);
			assertThat(last.next()).as(sort.token()).isNull();
		}
	}

	@Test
	void pagingNeitherRepeatsNorSkipsWhileRecordsChange() {
		List<IndexedRecord> existing = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			existing.add(record("e" + i).title("Harbour " + i)
				.description("boats ".repeat(i % 5 + 1))
				.receivedAt(i)
				.build());
		}
		this.index.index(existing);
		List<String> expected = existing.stream().map(IndexedRecord::recordId).toList();
		for (SearchSort sort : SearchSort.values()) {
			SearchQuery query = SearchQuery.builder().text("harbour boats").sort(sort).size(4).build();
			List<String> seen = new ArrayList<>();
			for (int page = 0; page < 100; page++) {
				SearchResult result = this.index.search(query);
				seen.addAll(ids(result));
				this.index.index(
						List.of(record(sort + "new" + page).title("Harbour boats boats").receivedAt(page * 2L).build(),
								existing.get(page % 30).withStatus(RecordStatus.SUPERSEDED),
								existing.get(29 - page % 30).withVerifiedControl(page % 2 == 0)));
				if (result.next() == null) {
					break;
				}
				query = query.after(result.next());
			}
			assertThat(seen).as(sort.token()).doesNotHaveDuplicates().containsAll(expected);
		}
	}

	@Test
	void replacesDocumentsByRecordId() {
		IndexedRecord current = record("v1").effect(Purpose.TDM, PurposeEffect.REFUSED).build();
		this.index.index(List.of(current));
		this.index.index(List.of(current.withStatus(RecordStatus.SUPERSEDED).withVerifiedControl(true)));
		SearchResult result = search(SearchQuery.builder());
		assertThat(result.total()).isEqualTo(1);
		IndexedRecord found = result.hits().get(0).record();
		assertThat(found.status()).isEqualTo(RecordStatus.SUPERSEDED);
		assertThat(found.verifiedControl()).isTrue();
		assertThat(found.effect(Purpose.TDM)).isEqualTo(PurposeEffect.REFUSED);
	}

	@Test
	void returnsDocumentsAsIndexed() {
		IndexedRecord original = record("full").title("Harbour")
			.description("Boats")
			.url("https://art.example/a.jpg")
			.prefix("https://art.example/b/")
			.domain("art.example", true)
			.sha256("c".repeat(64))
			.effect(Purpose.GENAI_TRAIN, PurposeEffect.CONDITIONAL)
			.build();
		this.index.index(List.of(original));
		assertThat(search(SearchQuery.builder().text("boats")).hits().get(0).record()).isEqualTo(original);
	}

	@Test
	void deletesDocuments() {
		this.index.index(List.of(record("kept").build(), record("gone").build()));
		this.index.delete(List.of(idOf("gone"), idOf("never-indexed")));
		assertThat(ids(search(SearchQuery.builder()))).containsExactly(idOf("kept"));
	}

	@Test
	void keepsPositionWithDocuments() {
		assertThat(this.index.position()).isZero();
		this.index.index(List.of(record("a").build()), 5);
		this.index.index(List.of(record("b").build()));
		this.index.index(List.of(), 3);
		assertThat(this.index.position()).isEqualTo(5);
		assertThat(this.index.health().position()).isEqualTo(5);
		assertThat(this.index.health().available()).isTrue();
	}

	@Test
	void suggestsTitlesAndCreatorsOfCurrentRecords() {
		this.index.index(List.of(record("a").title("Harbour at dusk").creator("Ada Example").build(),
				record("b").title("Harbour at dusk").creator("Hannah Arendt").build(),
				record("c").title("Harbinger").status(RecordStatus.SUPERSEDED).build()));
		assertThat(this.index.suggest("har", 10)).extracting(Suggestion::text)
			.containsExactlyInAnyOrder("Harbour at dusk");
		assertThat(this.index.suggest("Ha", 10)).extracting(Suggestion::text)
			.containsExactlyInAnyOrder("Harbour at dusk", "Hannah Arendt");
		assertThat(this.index.suggest("dus", 10)).extracting(Suggestion::text).containsExactly("Harbour at dusk");
		assertThat(this.index.suggest("ha", 1)).hasSize(1);
	}

	@Test
	void rebuildsIntoNewIndexWhileOldOneAnswers() {
		this.index.index(List.of(record("old").title("Harbour").build()), 1);
		try (IndexRebuild rebuild = this.index.rebuild()) {
			rebuild.index(List.of(record("new").title("Harbour").build()));
			assertThat(ids(search(SearchQuery.builder().text("harbour")))).containsExactly(idOf("old"));
			rebuild.complete(9);
		}
		assertThat(ids(search(SearchQuery.builder().text("harbour")))).containsExactly(idOf("new"));
		assertThat(this.index.position()).isEqualTo(9);
	}

	@Test
	void abandonedRebuildLeavesLiveIndexAlone() {
		this.index.index(List.of(record("old").build()), 1);
		try (IndexRebuild rebuild = this.index.rebuild()) {
			rebuild.index(List.of(record("new").build()));
		}
		assertThat(ids(search(SearchQuery.builder()))).containsExactly(idOf("old"));
		assertThat(this.index.position()).isEqualTo(1);
	}

	protected SearchResult search(SearchQueryBuilder query) {
		return this.index.search(query.build());
	}

	protected List<String> pageThrough(SearchQuery first) {
		List<String> seen = new ArrayList<>();
		SearchQuery query = first;
		for (int page = 0; page < 1000; page++) {
			SearchResult result = this.index.search(query);
			seen.addAll(ids(result));
			if (result.next() == null) {
				return seen;
			}
			query = query.after(result.next());
		}
		throw new AssertionError("Paging did not end");
	}

	private static String marked(String word) {
		return Highlight.START + word + Highlight.END;
	}

	protected static List<String> ids(SearchResult result) {
		return result.hits().stream().map((hit) -> hit.record().recordId()).toList();
	}

	static Map<String, Long> counts(SearchResult result, Facet facet) {
		return result.facets().getOrDefault(facet, Map.of());
	}

}
