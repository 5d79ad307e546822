package org.consentregistry.registry.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * Translates a {@link SearchQuery} into Lucene queries, with the semantics documented on
 * {@link SearchQuery}.
 */
final class LuceneQueries {

	private static final Map<String, Float> TEXT_FIELDS = Map.of(RecordDocuments.TITLE, 3f, RecordDocuments.CREATOR, 2f,
			RecordDocuments.DESCRIPTION, 1f);

	private final Analyzer analyzer;

	LuceneQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The full-text part alone (scored, and what highlighting marks), or null. */
	@Nullable Query text(SearchQuery query) {
		if (query.text() == null) {
			return null;
		}
		SimpleQueryParser parser = new SimpleQueryParser(this.analyzer, TEXT_FIELDS);
		parser.setDefaultOperator(Occur.MUST);
		Query parsed = parser.parse(query.text());
		return (parsed != null) ? parsed : new MatchNoDocsQuery("no searchable words");
	}

	/** The whole query: text scored, everything else as filters. */
	Query query(SearchQuery query) {
		return query(query, text(query));
	}

	/** The whole query around its full-text part {@code text} ({@link #text}). */
	Query query(SearchQuery query, @Nullable Query text) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		all.add((text != null) ? text : new MatchAllDocsQuery(), Occur.MUST);
		if (query.url() != null) {
			all.add(term("url", query.url()), Occur.FILTER);
		}
		if (query.urlPrefix() != null) {
			all.add(underOrCovering(query.urlPrefix()), Occur.FILTER);
		}
		if (query.domain() != null) {
			all.add(onDomain(query.domain()), Occur.FILTER);
		}
		if (query.sha256() != null) {
			all.add(term("sha256", query.sha256()), Occur.FILTER);
		}
		addFilters(all, query);
		return all.build();
	}

	private void addFilters(BooleanQuery.Builder all, SearchQuery query) {
		Map<Purpose, List<String>> byPurpose = new EnumMap<>(Purpose.class);
		query.purposes()
			.forEach((filter) -> byPurpose.computeIfAbsent(filter.purpose(), (p) -> new ArrayList<>())
				.add(filter.token()));
		byPurpose.values().forEach((tokens) -> all.add(anyOf(Facet.PURPOSE.field(), tokens), Occur.FILTER));
		if (!query.mediaTypes().isEmpty()) {
			all.add(anyOf(Facet.MEDIA_TYPE.field(), query.mediaTypes()), Occur.FILTER);
		}
		if (!query.statuses().isEmpty()) {
			all.add(anyOf(Facet.STATUS.field(), query.statuses().stream().map(RecordStatus::token).toList()),
					Occur.FILTER);
		}
		if (query.verifiedControl() != null) {
			all.add(term(Facet.VERIFIED_CONTROL.field(), query.verifiedControl().toString()), Occur.FILTER);
		}
		if (query.issuer() != null) {
			all.add(term("issuer", query.issuer()), Occur.FILTER);
		}
		if (query.work() != null) {
			all.add(term("work", query.work()), Occur.FILTER);
		}
	}

	private static Query underOrCovering(String prefix) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(new PrefixQuery(new Term("url", prefix)), Occur.SHOULD);
		any.add(new PrefixQuery(new Term("urlPrefix", prefix)), Occur.SHOULD);
		any.add(anyOf("urlPrefix", RecordFields.leadingParts(prefix)), Occur.SHOULD);
		String host = RecordFields.hostOf(prefix);
		if (host != null) {
			any.add(term(RecordDocuments.DOMAIN_HOST, host), Occur.SHOULD);
			any.add(anyOf(RecordDocuments.COVERING_DOMAIN, RecordFields.hostAndParents(host)), Occur.SHOULD);
		}
		return any.build();
	}

	private static Query onDomain(String domain) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(term(RecordDocuments.HOST_SUFFIX, domain), Occur.SHOULD);
		any.add(anyOf(RecordDocuments.COVERING_DOMAIN, RecordFields.hostAndParents(domain)), Occur.SHOULD);
		return any.build();
	}

	static Query term(String field, String value) {
		return new TermQuery(new Term(field, value));
	}

	static Query anyOf(String field, Collection<String> values) {
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

}
