package org.consentregistry.registry.consent.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteVerifier;
import org.consentregistry.blocker.tlog.Receipt;
import org.consentregistry.blocker.tlog.ReceiptException;
import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every submission is answered with a receipt: its log entry and an inclusion proof to a
 * signed checkpoint, which anyone can verify offline with the registry's published key.
 */
@RegistryIntegrationTest(properties = "registry.base-uri=https://registry.example")
class ReceiptsIntegrationTests {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	@Autowired
	RegistryHttp http;

	@Test
	void aNewRecordsReceiptVerifiesOfflineAndNamesTheSubmittedBytes() throws Exception {
		byte[] signed = signed(TestConsentCredentials.newId(), TestConsentCredentials.newId());
		HttpResponse<byte[]> created = this.http.post("/records", "application/vc", signed);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = RegistryHttp.json(created);
		Receipt receipt = Receipt.parse(body.get("receipt").toString());
		Checkpoint checkpoint = receipt.verify(keys());
		assertThat(checkpoint.size()).isGreaterThan(receipt.index());
		JsonNode leaf = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(new String(receipt.leaf(), StandardCharsets.UTF_8));
		assertThat(leaf.get("record").asString()).isEqualTo(body.get("record").asString());
		assertThat(leaf.get("sha256").asString())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(signed)));
	}

	@Test
	void theLogServesEachEntrysLeafByIndex() throws Exception {
		byte[] signed = signed(TestConsentCredentials.newId(), TestConsentCredentials.newId());
		Receipt receipt = Receipt
			.parse(RegistryHttp.json(this.http.post("/records", "application/vc", signed)).get("receipt").toString());
		HttpResponse<byte[]> entry = this.http.get("/log/entries/" + receipt.index());
		assertThat(entry.statusCode()).isEqualTo(200);
		assertThat(entry.body()).isEqualTo(receipt.leaf());
		HttpResponse<byte[]> beyond = this.http.get("/log/entries/" + (receipt.index() + 1000));
		assertThat(beyond.statusCode()).isEqualTo(404);
		assertThat(RegistryHttp.json(beyond).get("type").asString()).endsWith("/log-index-beyond-size");
		assertThat(this.http.get("/log/entries/minus-one").statusCode()).isEqualTo(400);
	}

	@Test
	void theSameCredentialAgainGetsTheSameLogEntry() throws Exception {
		byte[] signed = signed(TestConsentCredentials.newId(), TestConsentCredentials.newId());
		Receipt first = Receipt
			.parse(RegistryHttp.json(this.http.post("/records", "application/vc", signed)).get("receipt").toString());
		HttpResponse<byte[]> again = this.http.post("/records", "application/vc", signed);
		assertThat(again.statusCode()).isEqualTo(200);
		Receipt second = Receipt.parse(RegistryHttp.json(again).get("receipt").toString());
		assertThat(second.index()).isEqualTo(first.index());
		second.verify(keys());
	}

	@Test
	void aReceiptWithAnotherLeafIsRefused() throws Exception {
		byte[] signed = signed(TestConsentCredentials.newId(), TestConsentCredentials.newId());
		Receipt receipt = Receipt
			.parse(RegistryHttp.json(this.http.post("/records", "application/vc", signed)).get("receipt").toString());
		Receipt forged = new Receipt(receipt.index(), "{\"v\":1}".getBytes(StandardCharsets.UTF_8),
				receipt.inclusionProof(), receipt.checkpoint());
		assertThatExceptionOfType(ReceiptException.class).isThrownBy(() -> forged.verify(keys()));
	}

	private List<NoteVerifier> keys() throws Exception {
		String text = RegistryHttp.text(this.http.get("/.well-known/consent-registry/log-keys", "text/plain"));
		List<NoteVerifier> keys = new java.util.ArrayList<>();
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				keys.add(NoteVerifier.parse(line.trim()));
			}
		}
		return keys;
	}

	private static byte[] signed(String id, String work) {
		return TestConsentCredentials.signed(
				TestConsentCredentials.consent(id, TestCredentials.CREATOR.did(), work, JAN, null, "genai-train"),
				TestCredentials.CREATOR);
	}

}
