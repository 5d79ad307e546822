package org.consentregistry.blocker.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * The entries gathered while compiling: fingerprints and payloads in growable primitive
 * arrays for exact URLs and hashes, strings for prefixes and domains.
 */
final class Postings {

	private final Fingerprinted exactUrls = new Fingerprinted();

	private final Fingerprinted hashes = new Fingerprinted();

	private final List<String> prefixes = new ArrayList<>();

	private final List<String> domains = new ArrayList<>();

	private final List<Boolean> subdomains = new ArrayList<>();

	private final Fingerprinted stringPayloads = new Fingerprinted();

	private final Fingerprinted domainPayloads = new Fingerprinted();

	void add(Identifier identifier, int payload) {
		if (identifier instanceof Identifier.ExactUrl exact) {
			this.exactUrls.add(Fingerprints.of(Fingerprints.EXACT_URL, exact.url()), payload);
		}
		else if (identifier instanceof Identifier.Sha256 sha256) {
			this.hashes.add(Fingerprints.sha256(sha256.hex()), payload);
		}
		else if (identifier instanceof Identifier.UrlPrefix prefix) {
			addPrefix(prefix.prefix(), payload);
		}
		else if (identifier instanceof Identifier.Domain domain) {
			addDomain(domain.host(), domain.includeSubdomains(), payload);
		}
	}

	void addPrefix(String prefix, int payload) {
		this.prefixes.add(prefix);
		this.stringPayloads.add(0, payload);
	}

	void addDomain(String host, boolean includeSubdomains, int payload) {
		this.domains.add(host);
		this.subdomains.add(includeSubdomains);
		this.domainPayloads.add(0, payload);
	}

	/**
	 * Adds raw entries of an exact table (fingerprint and payload), as read from files.
	 */
	void addExactUrl(long fingerprint, int payload) {
		this.exactUrls.add(fingerprint, payload);
	}

	void addHash(long fingerprint, int payload) {
		this.hashes.add(fingerprint, payload);
	}

	CompiledRules build(@Nullable Purpose purpose, List<ConsentRecord> records, int[] remap,
			@Nullable ControlVerifier verifier) {
		return new CompiledRules(purpose, records, this.exactUrls.table(remap), this.hashes.table(remap),
				prefixIndex(remap), domainIndex(remap), verifier);
	}

	private PrefixIndex prefixIndex(int[] remap) {
		List<Integer> order = order(this.prefixes.size(), this.stringPayloads, remap,
				Comparator.comparing((Integer i) -> this.prefixes.get(i)));
		String[] strings = new String[order.size()];
		int[] payloads = new int[order.size()];
		for (int k = 0; k < strings.length; k++) {
			strings[k] = this.prefixes.get(order.get(k));
			payloads[k] = remapped(this.stringPayloads.payloads[order.get(k)], remap);
		}
		return new PrefixIndex(strings, payloads);
	}

	private DomainIndex domainIndex(int[] remap) {
		List<Integer> order = order(this.domains.size(), this.domainPayloads, remap,
				Comparator.comparing((Integer i) -> this.domains.get(i)));
		String[] hosts = new String[order.size()];
		boolean[] flags = new boolean[order.size()];
		int[] payloads = new int[order.size()];
		for (int k = 0; k < hosts.length; k++) {
			hosts[k] = this.domains.get(order.get(k));
			flags[k] = this.subdomains.get(order.get(k));
			payloads[k] = remapped(this.domainPayloads.payloads[order.get(k)], remap);
		}
		return new DomainIndex(hosts, flags, payloads);
	}

	/**
	 * Entries of live records, sorted by {@code key}, then by new payload, then in the
	 * order they were added (so a record's identifiers keep their order, which decides
	 * between equally specific matches of one record, as in the policy engine).
	 */
	private static List<Integer> order(int size, Fingerprinted payloads, int[] remap, Comparator<Integer> key) {
		List<Integer> order = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			if (remap[Payload.record(payloads.payloads[i])] >= 0) {
				order.add(i);
			}
		}
		order.sort(key.thenComparing((Integer i) -> remapped(payloads.payloads[i], remap)));
		return order;
	}

	private static int remapped(int payload, int[] remap) {
		return Payload.withRecord(payload, remap[Payload.record(payload)]);
	}

	/** Growable parallel arrays of fingerprints and payloads. */
	private static final class Fingerprinted {

		private long[] fingerprints = new long[16];

		private int[] payloads = new int[16];

		private int size;

		void add(long fingerprint, int payload) {
			if (this.size == this.payloads.length) {
				int capacity = this.size + (this.size >> 1);
				this.fingerprints = Arrays.copyOf(this.fingerprints, capacity);
				this.payloads = Arrays.copyOf(this.payloads, capacity);
			}
			this.fingerprints[this.size] = fingerprint;
			this.payloads[this.size++] = payload;
		}

		/** The exact table of the entries of live records, and its filter. */
		CompiledRules.Table table(int[] remap) {
			int n = 0;
			for (int i = 0; i < this.size; i++) {
				int record = remap[Payload.record(this.payloads[i])];
				if (record >= 0) {
					this.fingerprints[n] = this.fingerprints[i];
					this.payloads[n++] = Payload.withRecord(this.payloads[i], record);
				}
			}
			long[] fingerprints = Arrays.copyOf(this.fingerprints, n);
			int[] payloads = Arrays.copyOf(this.payloads, n);
			this.fingerprints = new long[16];
			this.payloads = new int[16];
			this.size = 0;
			FingerprintTable.sort(fingerprints, payloads, n);
			return new CompiledRules.Table(new FingerprintTable(fingerprints, payloads),
					BinaryFuseFilter.build(fingerprints.clone()));
		}

	}

}
