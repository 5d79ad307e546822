package org.consentregistry.registry.control;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Identifier;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The identifiers of every current record, indexed by host (labels reversed, so that a
 * domain's subdomains are one key range) and by hash, to find the records of other
 * issuers that claim overlapping identifiers: the conflicts shown on lookups. The
 * decision rules load it and keep it up to date together with the engine.
 */
@Component
public class CurrentIdentifiers {

	private final VerifiedControl control;

	private final Clock clock;

	/** Separates a host key from the issuer in {@link #byHost}'s keys. */
	private static final char ISSUER = '\u0000';

	/**
	 * Per host key and issuer ({@code example.art.\0did:key:…}), that issuer's entries.
	 */
	private final TreeMap<String, List<Entry>> byHost = new TreeMap<>();

	private final Map<String, List<Entry>> byHash = new HashMap<>();

	private final Map<String, List<Entry>> byRecord = new HashMap<>();

	CurrentIdentifiers(VerifiedControl control, Clock clock) {
		this.control = control;
		this.clock = clock;
	}

	/** Replaces the index with the current records among {@code records}. */
	public synchronized void load(Collection<ConsentRecord> records) {
		this.byHost.clear();
		this.byHash.clear();
		this.byRecord.clear();
		records.forEach(this::update);
	}

	/** Indexes {@code record} if it is current, else removes it. */
	public synchronized void update(ConsentRecord record) {
		List<Entry> previous = this.byRecord.remove(record.recordId());
		if (previous != null) {
			previous.forEach((entry) -> bucket(entry.identifier(), entry.issuer()).remove(entry));
		}
		if (record.effectiveUntil() != null) {
			return;
		}
		List<Entry> entries = new ArrayList<>();
		for (Identifier identifier : record.identifiers()) {
			Entry entry = new Entry(record.recordId(), record.issuer(), identifier);
			bucket(identifier, record.issuer()).add(entry);
			entries.add(entry);
		}
		this.byRecord.put(record.recordId(), entries);
	}

	/**
	 * The current records of other issuers whose identifiers overlap {@code identifiers}.
	 */
	public List<Conflict> conflicts(String issuer, List<Identifier> identifiers) {
		List<Conflict> conflicts = new ArrayList<>();
		for (Identifier identifier : identifiers) {
			for (Entry entry : candidates(identifier, issuer)) {
				if (!entry.issuer().equals(issuer) && Coverage.overlap(identifier, entry.identifier())) {
					conflicts.add(new Conflict(identifier, entry.record(), entry.issuer(), entry.identifier(),
							this.control.verified(entry.issuer(), entry.identifier(), this.clock.instant())));
				}
			}
		}
		return conflicts;
	}

	/**
	 * The entries of other issuers than {@code issuer} that may overlap
	 * {@code identifier}: host buckets are kept per issuer, so a lookup never walks the
	 * issuer's own (possibly very many) identifiers on the same host.
	 */
	private synchronized Set<Entry> candidates(Identifier identifier, String issuer) {
		Set<Entry> candidates = new LinkedHashSet<>();
		if (identifier instanceof Identifier.Sha256 sha256) {
			this.byHash.getOrDefault(sha256.hex(), List.of())
				.stream()
				.filter((entry) -> !entry.issuer().equals(issuer))
				.forEach(candidates::add);
			return candidates;
		}
		String host = Coverage.host(identifier);
		if (host == null) {
			return candidates;
		}
		String key = key(host);
		if (identifier instanceof Identifier.Domain domain && domain.includeSubdomains()) {
			addOthers(this.byHost.subMap(key, key + Character.MAX_VALUE), issuer, candidates);
		}
		for (String parent = host; parent != null; parent = parent(parent)) {
			addOthers(this.byHost.subMap(key(parent) + ISSUER, key(parent) + (char) (ISSUER + 1)), issuer, candidates);
		}
		return candidates;
	}

	private static void addOthers(Map<String, List<Entry>> buckets, String issuer, Set<Entry> candidates) {
		buckets.forEach((bucket, entries) -> {
			if (!bucket.endsWith(ISSUER + issuer)) {
				candidates.addAll(entries);
			}
		});
	}

	/** The bucket of one issuer's identifiers on one host (or of one hash). */
	private List<Entry> bucket(Identifier identifier, String issuer) {
		if (identifier instanceof Identifier.Sha256 sha256) {
			return this.byHash.computeIfAbsent(sha256.hex(), (hex) -> new ArrayList<>());
		}
		String host = Coverage.host(identifier);
		return this.byHost.computeIfAbsent(key((host != null) ? host : "") + ISSUER + issuer, (k) -> new ArrayList<>());
	}

	/** {@code www.art.example} as {@code example.art.www.} */
	static String key(String host) {
		String[] labels = host.split("\\.", -1);
		StringBuilder key = new StringBuilder(host.length() + 1);
		for (int i = labels.length - 1; i >= 0; i--) {
			key.append(labels[i]).append('.');
		}
		return key.toString();
	}

	private static @Nullable String parent(String host) {
		int dot = host.indexOf('.');
		return (dot < 0 || host.startsWith("[")) ? null : host.substring(dot + 1);
	}

	/** One identifier of a current record. */
	private record Entry(String record, String issuer, Identifier identifier) {
	}

}
