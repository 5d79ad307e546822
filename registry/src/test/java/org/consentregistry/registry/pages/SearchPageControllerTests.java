package org.consentregistry.registry.pages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.Facet;
import org.consentregistry.registry.search.IndexedRecord;
import org.consentregistry.registry.search.PurposeEffect;
import org.consentregistry.registry.search.PurposeFilter;
import org.consentregistry.registry.search.SearchCursor;
import org.consentregistry.registry.search.SearchHit;
import org.consentregistry.registry.search.SearchIndex;
import org.consentregistry.registry.search.SearchQuery;
import org.consentregistry.registry.search.SearchResult;
import org.consentregistry.registry.search.SearchSort;
import org.consentregistry.registry.search.SearchUnavailableException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SearchPageController.class)
class SearchPageControllerTests {

	static final String RECORD_ID = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	static final String WORK_ID = "5d0f0000-3c55-4d1e-9a57-0c6f7d1b2f01";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SearchIndex index;

	@Test
	void showsHitsWithEscapedHighlightsFacetsAndTheNextPage() throws Exception {
		SearchCursor next = new SearchCursor(SearchSort.RELEVANCE, 1.5f, 0, RECORD_ID, null);
		given(this.index.search(any())).willReturn(new SearchResult(42,
				List.of(new SearchHit(record("Harbour <b>at</b> dusk"), 1.5f,
						Map.of("title", List.of("Harbour <b>at</b> \u0001dusk\u0002")))),
				Map.of(Facet.PURPOSE, Map.of("ai-train:refused", 7L), Facet.MEDIA_TYPE, Map.of("image/jpeg", 9L),
						Facet.STATUS, Map.of("current", 40L)),
				next));
		this.mvc
			.perform(get("/search").param("q", "dusk").param("purpose", "ai-train:refused").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Harbour &lt;b&gt;at&lt;/b&gt; <mark>dusk</mark>"),
					not(containsString("<b>at</b>")), containsString("42 records found"),
					containsString("href=\"/works/" + WORK_ID + "\""), containsString("refused (7)"),
					containsString("image/jpeg (9)"), containsString("current (40)"),
					containsString("value=\"ai-train:refused\" checked"),
					containsString("href=\"/search?q=dusk&amp;purpose=ai-train%3Arefused&amp;sort=relevance&amp;cursor="
							+ next.encode() + "\""))));
		ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
		verify(this.index).search(query.capture());
		assertThat(query.getValue().text()).isEqualTo("dusk");
		assertThat(query.getValue().purposes())
			.containsExactly(new PurposeFilter(Purpose.AI_TRAIN, PurposeEffect.REFUSED));
		assertThat(query.getValue().facets()).containsExactlyInAnyOrder(Facet.values());
	}

	@Test
	void looksUpUrlsAndHashesRatherThanWords() throws Exception {
		given(this.index.search(any())).willReturn(new SearchResult(0, List.of(), Map.of(), null));
		this.mvc.perform(get("/search").param("q", "https://art.example/works/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk());
		this.mvc.perform(get("/search").param("q", "a".repeat(64)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing matches")));
		ArgumentCaptor<SearchQuery> query = ArgumentCaptor.forClass(SearchQuery.class);
		verify(this.index, org.mockito.Mockito.times(2)).search(query.capture());
		assertThat(query.getAllValues().get(0).urlPrefix()).isEqualTo("https://art.example/works/");
		assertThat(query.getAllValues().get(0).text()).isNull();
		assertThat(query.getAllValues().get(1).sha256()).isEqualTo("a".repeat(64));
	}

	@Test
	void saysPlainlyThatSearchIsUnavailable() throws Exception {
		given(this.index.search(any()))
			.willThrow(new SearchUnavailableException("node down", null, Duration.ofSeconds(20)));
		this.mvc.perform(get("/search").param("q", "dusk").accept(MediaType.TEXT_HTML))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "20"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("Search is unavailable right now"),
					containsString("name=\"q\""), not(containsString("node down")))));
	}

	static IndexedRecord record(String title) {
		return new IndexedRecord(RECORD_ID, "https://registry.example/records/" + RECORD_ID, "urn:uuid:" + WORK_ID,
				"urn:uuid:" + RECORD_ID, "did:key:z6Mk", IndexedRecord.Kind.CREDENTIAL, RecordStatus.CURRENT, title,
				"Ada <Example>", null, "image/jpeg", Instant.parse("2026-01-01T00:00:00Z"), null, 3L, List.of(),
				List.of(), List.of(), List.of(), Map.of(Purpose.AI_TRAIN, PurposeEffect.REFUSED), false);
	}

}
