package org.consentregistry.registry.log.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteVerifier;
import org.consentregistry.blocker.tlog.ProofVerifier;
import org.consentregistry.blocker.tlog.SignedNote;
import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.MerkleStore;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log's HTTP endpoints against a running registry fed by real submissions: the signed
 * checkpoint, proofs that verify against it, the published verifier keys, and problems
 * (never a 500) for sizes and indexes out of range.
 */
@RegistryIntegrationTest(properties = "registry.base-uri=https://registry.example")
class LogIntegrationTests {

	static final String ORIGIN = "registry.example/log";

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	@Autowired
	MerkleStore store;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	RegistryHttp http;

	@BeforeEach
	void client() throws Exception {
		while (this.store.size() < 20) {
			submit();
		}
		this.checkpoints.sign();
	}

	@Test
	void servesACheckpointSignedByThePublishedKey() throws Exception {
		HttpResponse<byte[]> response = this.http.get("/log/checkpoint");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		Checkpoint checkpoint = verifiedCheckpoint();
		assertThat(checkpoint.origin()).isEqualTo(ORIGIN);
		assertThat(checkpoint.size()).isGreaterThanOrEqualTo(20);
	}

	@Test
	void publishesTheVerifierKeysAsTextAndJson() {
		String text = RegistryHttp.text(this.http.get("/.well-known/consent-registry/log-keys", "text/plain"));
		assertThat(text).startsWith(ORIGIN + "+").endsWith("\n");
		JsonNode json = RegistryHttp.json(this.http.get("/.well-known/consent-registry/log-keys", "application/json"));
		assertThat(json.get("origin").asString()).isEqualTo(ORIGIN);
		assertThat(json.get("current").asString()).isEqualTo(text.strip());
		assertThat(json.get("retired")).isEmpty();
		assertThat(RegistryHttp.text(this.http.get("/.well-known/consent-registry/log-keys", "*/*"))).isEqualTo(text);
	}

	@Test
	void inclusionProofsVerifyAgainstTheCheckpoint() throws Exception {
		Checkpoint checkpoint = verifiedCheckpoint();
		for (long index : new long[] { 0, 7, checkpoint.size() - 1 }) {
			JsonNode proof = RegistryHttp
				.json(this.http.get("/log/proof/inclusion?index=" + index + "&size=" + checkpoint.size()));
			assertThat(proof.get("index").asLong()).isEqualTo(index);
			ProofVerifier.verifyInclusion(index, checkpoint.size(), this.store.leafHash(index),
					hashes(proof.get("inclusionProof")), checkpoint.rootHash());
		}
	}

	@Test
	void consistencyProofsVerifyBetweenCheckpoints() throws Exception {
		Checkpoint older = verifiedCheckpoint();
		for (int i = 0; i < 5; i++) {
			submit();
		}
		this.checkpoints.sign();
		Checkpoint newer = verifiedCheckpoint();
		JsonNode proof = RegistryHttp
			.json(this.http.get("/log/proof/consistency?from=" + older.size() + "&to=" + newer.size()));
		assertThat(proof.get("from").asLong()).isEqualTo(older.size());
		ProofVerifier.verifyConsistency(older.size(), newer.size(), hashes(proof.get("consistencyProof")),
				older.rootHash(), newer.rootHash());
		JsonNode defaulted = RegistryHttp.json(this.http.get("/log/proof/consistency?from=" + older.size()));
		assertThat(defaulted.get("to").asLong()).isEqualTo(newer.size());
	}

	@Test
	void aSizeBeyondTheCheckpointIsAProblem() throws Exception {
		long size = verifiedCheckpoint().size();
		HttpResponse<byte[]> response = this.http.get("/log/proof/inclusion?index=0&size=" + (size + 1));
		assertProblem(response, Problem.LOG_SIZE_BEYOND_CHECKPOINT);
		assertThat(RegistryHttp.json(response).get("checkpointSize").asLong()).isEqualTo(size);
		assertProblem(this.http.get("/log/proof/consistency?from=1&to=" + (size + 1000)),
				Problem.LOG_SIZE_BEYOND_CHECKPOINT);
	}

	@Test
	void anIndexBeyondTheSizeIsAProblem() {
		assertProblem(this.http.get("/log/proof/inclusion?index=5&size=5"), Problem.LOG_INDEX_BEYOND_SIZE);
	}

	@Test
	void malformedParametersAreProblems() {
		assertProblem(this.http.get("/log/proof/inclusion?index=abc&size=5"), Problem.INVALID_PARAMETER);
		assertProblem(this.http.get("/log/proof/inclusion?index=-1&size=5"), Problem.INVALID_PARAMETER);
		assertProblem(this.http.get("/log/proof/inclusion?size=5"), Problem.INVALID_PARAMETER);
		assertProblem(this.http.get("/log/proof/inclusion?index=1&size=99999999999999999999"),
				Problem.INVALID_PARAMETER);
		assertProblem(this.http.get("/log/proof/consistency?from=0&to=5"), Problem.INVALID_PARAMETER);
		assertProblem(this.http.get("/log/proof/consistency?from=6&to=5"), Problem.INVALID_PARAMETER);
	}

	private void submit() {
		byte[] signed = TestConsentCredentials.signed(TestConsentCredentials.consent(TestConsentCredentials.newId(),
				TestCredentials.CREATOR.did(), TestConsentCredentials.newId(), JAN, null, "search"),
				TestCredentials.CREATOR);
		assertThat(this.http.post("/records", "application/vc", signed).statusCode()).isEqualTo(201);
	}

	private Checkpoint verifiedCheckpoint() throws Exception {
		String keys = RegistryHttp.text(this.http.get("/.well-known/consent-registry/log-keys", "text/plain"));
		List<NoteVerifier> verifiers = new ArrayList<>();
		for (String line : keys.split("\n")) {
			verifiers.add(NoteVerifier.parse(line));
		}
		SignedNote note = SignedNote.parse(this.http.get("/log/checkpoint").body());
		note.verify(verifiers);
		return Checkpoint.parse(note.text());
	}

	private static List<byte[]> hashes(JsonNode array) {
		List<byte[]> hashes = new ArrayList<>();
		array.forEach((hash) -> hashes.add(Base64.getDecoder().decode(hash.asString())));
		return hashes;
	}

	private static void assertProblem(HttpResponse<byte[]> response, Problem problem) {
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(problem.status().value());
		assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(RegistryHttp.json(response).get("type").asString()).isEqualTo(problem.type().toString());
	}

}
