package org.consentregistry.blocker.tlog;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

import org.consentregistry.blocker.tlog.ReceiptException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Receipts: leaf hash, inclusion proof, checkpoint root and size, checkpoint signature.
 */
class ReceiptTests {

	private static final String ORIGIN = "registry.example/log";

	private final NoteSigner log = signer(ORIGIN);

	private final MemoryTree tree = MemoryTree.ofSize(21);

	@Test
	void verifiesAReceiptForEveryLeaf() throws Exception {
		for (int index = 0; index < 21; index++) {
			Checkpoint checkpoint = receipt(index).verify(List.of(this.log.verifier()));
			assertThat(checkpoint.size()).isEqualTo(21);
			assertThat(checkpoint.origin()).isEqualTo(ORIGIN);
		}
	}

	@Test
	void survivesItsJsonForm() throws Exception {
		Receipt receipt = receipt(7);
		String json = receipt.toJson();
		assertThat(json).startsWith("{\"index\":7,\"leaf\":\"").contains("\"inclusionProof\":[\"");
		Receipt parsed = Receipt.parse(json);
		assertThat(parsed.index()).isEqualTo(7);
		assertThat(parsed.leaf()).isEqualTo(receipt.leaf());
		assertThat(parsed.inclusionProof()).containsExactlyElementsOf(receipt.inclusionProof());
		assertThat(parsed.checkpoint()).isEqualTo(receipt.checkpoint());
		parsed.verify(List.of(this.log.verifier()));
	}

	@Test
	void refusesAReceiptWhoseLeafWasChanged() throws Exception {
		Receipt receipt = receipt(3);
		Receipt forged = new Receipt(3, "leaf 4".getBytes(StandardCharsets.UTF_8), receipt.inclusionProof(),
				receipt.checkpoint());
		assertThatExceptionOfType(ReceiptException.class).isThrownBy(() -> forged.verify(List.of(this.log.verifier())))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.PROOF))
			.withMessageContaining("expected root of tree size 21");
	}

	@Test
	void refusesAReceiptWithAnotherIndex() throws Exception {
		Receipt receipt = receipt(3);
		Receipt moved = new Receipt(2, receipt.leaf(), receipt.inclusionProof(), receipt.checkpoint());
		assertThatExceptionOfType(ReceiptException.class).isThrownBy(() -> moved.verify(List.of(this.log.verifier())))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.PROOF));
	}

	@Test
	void refusesAReceiptSignedByAnotherKey() throws Exception {
		Receipt receipt = receipt(3);
		NoteVerifier other = signer(ORIGIN).verifier();
		assertThatExceptionOfType(ReceiptException.class).isThrownBy(() -> receipt.verify(List.of(other)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.SIGNATURE));
	}

	@Test
	void refusesMalformedJson() {
		for (String json : List.of("", "[]", "{\"index\":-1,\"leaf\":\"\",\"inclusionProof\":[],\"checkpoint\":\"\"}",
				"{\"index\":1.5,\"leaf\":\"\",\"inclusionProof\":[],\"checkpoint\":\"\"}",
				"{\"index\":1,\"leaf\":\"***\",\"inclusionProof\":[],\"checkpoint\":\"\"}",
				"{\"index\":1,\"leaf\":\"\",\"inclusionProof\":[1],\"checkpoint\":\"\"}",
				"{\"index\":1,\"index\":1,\"leaf\":\"\",\"inclusionProof\":[],\"checkpoint\":\"\"}",
				"{\"index\":1,\"leaf\":\"\",\"inclusionProof\":[],\"checkpoint\":\"\"} x")) {
			assertThatExceptionOfType(ReceiptException.class).as(json)
				.isThrownBy(() -> Receipt.parse(json))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
		}
	}

	@Test
	void refusesAReceiptWithAMalformedCheckpoint() {
		Receipt receipt = new Receipt(0, new byte[0], List.of(), "not a note\n");
		assertThatExceptionOfType(ReceiptException.class).isThrownBy(() -> receipt.verify(List.of(this.log.verifier())))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
	}

	private Receipt receipt(int index) throws NoteException {
		ProofBuilder proofs = new ProofBuilder(this.tree);
		Checkpoint checkpoint = new Checkpoint(ORIGIN, this.tree.size(), proofs.root(this.tree.size()));
		String note = this.log.sign(checkpoint.text()).encode();
		byte[] leaf = ("leaf " + index).getBytes(StandardCharsets.UTF_8);
		return new Receipt(index, leaf, proofs.inclusionProof(index, this.tree.size()), note);
	}

	private static NoteSigner signer(String name) {
		try {
			return NoteSigner.generate(name, new SecureRandom());
		}
		catch (NoteException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
