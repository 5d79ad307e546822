package org.consentregistry.registry.consent;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentRecordMapperTests {

	static final String CREDENTIAL = "urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	static final String ISSUER = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

	static final Instant RECEIVED = Instant.parse("2026-01-02T00:00:00Z");

	static final Instant REPLACED = Instant.parse("2026-06-01T00:00:00Z");

	@Test
	void mapsIdentifiersOfEveryKind() {
		ConsentRecord record = map("record-with-constrained-permission.ttl");
		assertThat(record.identifiers()).containsExactlyInAnyOrder(
				new Identifier.ExactUrl("https://art.example/works/harbour.jpg"),
				new Identifier.UrlPrefix("https://art.example/works/"), new Identifier.Domain("art.example", true),
				new Identifier.Sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
	}

	@Test
	void mapsPermissionsWithConstraintsAndDutiesAndProhibitions() {
		assertThat(map("record-with-constrained-permission.ttl").rules()).containsExactlyInAnyOrder(
				Rule.of(Effect.PERMIT, Purpose.SEARCH),
				new Rule(Effect.PERMIT, Purpose.AI_TRAIN,
						Set.of("https://coop.example/", "https://other-coop.example/"), false,
						Instant.parse("2027-01-01T00:00:00Z"), List.of("attribute", "compensate")),
				Rule.of(Effect.PROHIBIT, Purpose.GENAI_TRAIN));
	}

	@Test
	void mapsEffectiveIntervalFromMetadataAndValidityFromCredential() {
		ConsentRecord record = map("record-with-constrained-permission.ttl");
		assertThat(record.recordId())
			.isEqualTo("https://registry.example/records/0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01");
		assertThat(record.issuer()).isEqualTo(ISSUER);
		assertThat(record.effectiveFrom()).isEqualTo(RECEIVED);
		assertThat(record.effectiveUntil()).isEqualTo(REPLACED);
		assertThat(record.validFrom()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(record.validUntil()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
	}

	@Test
	void dropsPermissionsWithUnsupportedConstraintsButKeepsProhibitions() {
		assertThat(map("record-with-unsupported-constraints.ttl").rules()).containsExactlyInAnyOrder(
				new Rule(Effect.PERMIT, Purpose.AI_INPUT, Set.of(), null,
						Instant.parse("2027-01-01T00:00:00.000000001Z"), List.of()),
				Rule.of(Effect.PROHIBIT, Purpose.TDM));
	}

	@Test
	void describesTheWork() {
		WorkDescription work = ConsentRecordMapper.describe(graph("record-with-constrained-permission.ttl"),
				CREDENTIAL);
		assertThat(work.work()).isEqualTo("urn:uuid:5d0f3c2a-8b7e-4f1a-9c3d-2e1f0a9b8c7d");
		assertThat(work.title()).isEqualTo("Harbour at dusk");
		assertThat(work.creatorName()).isEqualTo("Ada Example");
		assertThat(work.mediaType()).isEqualTo("image/jpeg");
	}

	private static ConsentRecord map(String fixture) {
		return ConsentRecordMapper.toEngine(entry(), graph(fixture));
	}

	private static RecordEntry entry() {
		RecordId id = RecordId.ofCredentialId(CREDENTIAL).orElseThrow();
		return new RecordEntry(id, "https://registry.example/records/" + id, CREDENTIAL, "ConsentCredential", ISSUER,
				"urn:uuid:5d0f3c2a-8b7e-4f1a-9c3d-2e1f0a9b8c7d", RecordStatus.SUPERSEDED, RECEIVED, null, null,
				"https://registry.example/records/1c7f0f7b-4d66-4e2f-8b68-1d7e8e2c3f02", REPLACED, "application/vc",
				"00", 0L);
	}

	private static Graph graph(String fixture) {
		try (InputStream in = ConsentRecordMapperTests.class.getResourceAsStream(fixture)) {
			return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
