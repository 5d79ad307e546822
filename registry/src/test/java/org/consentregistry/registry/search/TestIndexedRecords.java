package org.consentregistry.registry.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.search.IndexedRecord.Domain;
import org.consentregistry.registry.search.IndexedRecord.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Small named factories for {@link IndexedRecord}s in tests: {@code record("harbour")}
 * gives a current credential titled after its name, received at a fixed time, then
 * adjusted with the {@code with...} methods of the returned {@link Draft}.
 */
final class TestIndexedRecords {

	static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

	private TestIndexedRecords() {
	}

	/** The record id derived from a name, stable across runs. */
	static String idOf(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	static Draft record(String name) {
		return new Draft(name);
	}

	/** A mutable description of a test record. */
	static final class Draft {

		private final String name;

		private String title;

		private @Nullable String creatorName = "Ada Example";

		private @Nullable String description;

		private @Nullable String mediaType = "image/jpeg";

		private RecordStatus status = RecordStatus.CURRENT;

		private Kind kind = Kind.CREDENTIAL;

		private String issuer = "did:key:z6MkTestIssuer";

		private String work;

		private Instant received = EPOCH;

		private final List<String> urls = new ArrayList<>();

		private final List<String> prefixes = new ArrayList<>();

		private final List<Domain> domains = new ArrayList<>();

		private final List<String> hashes = new ArrayList<>();

		private final Map<Purpose, PurposeEffect> purposes = new EnumMap<>(Purpose.class);

		private boolean verified;

		Draft(String name) {
			this.name = name;
			this.title = name;
			this.work = "urn:uuid:" + idOf("work-" + name);
		}

		Draft title(String value) {
			this.title = value;
			return this;
		}

		Draft creator(@Nullable String value) {
			this.creatorName = value;
			return this;
		}

		Draft description(@Nullable String value) {
			this.description = value;
			return this;
		}

		Draft mediaType(@Nullable String value) {
			this.mediaType = value;
			return this;
		}

		Draft status(RecordStatus value) {
			this.status = value;
			return this;
		}

		Draft withdrawal() {
			this.kind = Kind.WITHDRAWAL;
			return this;
		}

		Draft issuer(String value) {
			this.issuer = value;
			return this;
		}

		Draft work(String value) {
			this.work = value;
			return this;
		}

		/** Received this many seconds after {@link TestIndexedRecords#EPOCH}. */
		Draft receivedAt(long seconds) {
			this.received = EPOCH.plusSeconds(seconds);
			return this;
		}

		Draft url(String normalised) {
			this.urls.add(normalised);
			return this;
		}

		Draft prefix(String normalised) {
			this.prefixes.add(normalised);
			return this;
		}

		Draft domain(String host, boolean includeSubdomains) {
			this.domains.add(new Domain(host, includeSubdomains));
			return this;
		}

		Draft sha256(String hex) {
			this.hashes.add(hex);
			return this;
		}

		Draft effect(Purpose purpose, PurposeEffect effect) {
			this.purposes.put(purpose, effect);
			return this;
		}

		Draft verified(boolean value) {
			this.verified = value;
			return this;
		}

		IndexedRecord build() {
			String id = idOf(this.name);
			return new IndexedRecord(id, "https://registry.example/records/" + id, this.work, "urn:uuid:" + id,
					this.issuer, this.kind, this.status, this.title, this.creatorName, this.description, this.mediaType,
					this.received, this.received, 7L, this.urls, this.prefixes, this.domains, this.hashes,
					this.purposes, this.verified);
		}

	}

}
