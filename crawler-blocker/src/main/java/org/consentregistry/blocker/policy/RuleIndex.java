package org.consentregistry.blocker.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * An immutable lookup structure over a set of records: exact URL, SHA-256 and domain in
 * hash maps, URL prefixes in a {@link PrefixTrie}. Built once, then only read.
 */
final class RuleIndex {

	static final RuleIndex EMPTY = of(List.of());

	private final Map<String, CompiledRecord> records;

	private final Map<String, List<Match>> exactUrls;

	private final Map<String, List<Match>> hashes;

	private final Map<String, List<Match>> domains;

	private final PrefixTrie prefixes = new PrefixTrie();

	private RuleIndex(Map<String, CompiledRecord> records) {
		this.records = Collections.unmodifiableMap(records);
		int[] counts = new int[Identifier.MatchKind.values().length];
		for (CompiledRecord compiled : records.values()) {
			for (Identifier identifier : compiled.identifiers()) {
				counts[identifier.kind().ordinal()]++;
			}
		}
		this.exactUrls = new HashMap<>(capacity(counts[Identifier.MatchKind.EXACT_URL.ordinal()]));
		this.hashes = new HashMap<>(capacity(counts[Identifier.MatchKind.SHA256.ordinal()]));
		this.domains = new HashMap<>(capacity(counts[Identifier.MatchKind.DOMAIN.ordinal()]));
		for (CompiledRecord compiled : records.values()) {
			for (Identifier identifier : compiled.identifiers()) {
				file(new Match(compiled.record(), identifier));
			}
		}
	}

	/** Indexes the values of {@code byId}, a map this index then owns. */
	static RuleIndex of(Map<String, CompiledRecord> byId) {
		return new RuleIndex(byId);
	}

	/** Indexes {@code records}; of several with the same id, the last one counts. */
	static RuleIndex of(Collection<CompiledRecord> records) {
		Map<String, CompiledRecord> byId = new LinkedHashMap<>(capacity(records.size()));
		for (CompiledRecord record : records) {
			byId.put(record.recordId(), record);
		}
		return new RuleIndex(byId);
	}

	private void file(Match match) {
		Identifier identifier = match.identifier();
		if (identifier instanceof Identifier.ExactUrl exact) {
			add(this.exactUrls, exact.url(), match);
		}
		else if (identifier instanceof Identifier.Sha256 sha256) {
			add(this.hashes, sha256.hex(), match);
		}
		else if (identifier instanceof Identifier.Domain domain) {
			add(this.domains, domain.host(), match);
		}
		else if (identifier instanceof Identifier.UrlPrefix prefix) {
			this.prefixes.add(prefix.prefix(), match);
		}
	}

	/** A hash map capacity that holds {@code entries} without resizing. */
	private static int capacity(int entries) {
		return (int) (entries / 0.75f) + 1;
	}

	/**
	 * Files {@code match} under {@code key}; most keys hold one match, kept as a List.of.
	 */
	private static void add(Map<String, List<Match>> map, String key, Match match) {
		List<Match> existing = map.putIfAbsent(key, List.of(match));
		if (existing instanceof ArrayList<Match> more) {
			more.add(match);
		}
		else if (existing != null) {
			List<Match> more = new ArrayList<>(existing.size() + 1);
			more.addAll(existing);
			more.add(match);
			map.put(key, more);
		}
	}

	Map<String, CompiledRecord> records() {
		return this.records;
	}

	int size() {
		return this.records.size();
	}

	/**
	 * Adds to {@code out} every match for {@code target} of a record in force at
	 * {@code at} whose id is not {@code hidden}.
	 */
	void collect(Target target, Instant at, @Nullable Predicate<String> hidden, List<Match> out) {
		MatchSink sink = new MatchSink(at, hidden, out);
		if (target.sha256() != null) {
			sink.acceptAll(this.hashes.get(target.sha256()));
			return;
		}
		String url = target.url();
		String host = target.host();
		if (url == null || host == null) {
			return;
		}
		sink.acceptAll(this.exactUrls.get(url));
		this.prefixes.collect(url, sink);
		boolean parentDomain = false;
		for (String domain = host; domain != null; domain = parent(domain, target.hostIsIpAddress())) {
			List<Match> matches = this.domains.get(domain);
			if (matches != null) {
				for (Match match : matches) {
					if (!parentDomain || ((Identifier.Domain) match.identifier()).includeSubdomains()) {
						sink.accept(match);
					}
				}
			}
			parentDomain = true;
		}
	}

	private static @Nullable String parent(String domain, boolean ipAddress) {
		int dot = domain.indexOf('.');
		return (ipAddress || dot < 0) ? null : domain.substring(dot + 1);
	}

}
