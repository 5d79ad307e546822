package org.consentregistry.blocker.tlog;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test of the parsers of untrusted input: random mutations of valid notes,
 * checkpoints, verifier keys and receipts fail only with the declared checked exception,
 * never with a runtime exception.
 */
class ParserFuzzTests {

	private static final int ROUNDS = 3000;

	private static final String ALPHABET = "\n \u2014+=/{}[]\",:0123456789aAzZ\t\\";

	private final Random random = new Random(20260101L);

	@Test
	void mutatedInputsFailOnlyWithDeclaredExceptions() throws Exception {
		NoteSigner log = NoteSigner.generate("registry.example/log", new SecureRandom());
		MemoryTree tree = MemoryTree.ofSize(5);
		ProofBuilder proofs = new ProofBuilder(tree);
		String note = log.sign(new Checkpoint("registry.example/log", 5, proofs.root(5)).text()).encode();
		String receipt = new Receipt(2, "leaf 2".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				proofs.inclusionProof(2, 5), note)
			.toJson();
		int refused = 0;
		for (int round = 0; round < ROUNDS; round++) {
			refused += attempt(() -> SignedNote.parse(mutate(note)).verify(List.of(log.verifier())));
			refused += attempt(() -> Checkpoint.parse(SignedNote.parse(mutate(note)).text()));
			refused += attempt(() -> NoteVerifier.parse(mutate(log.verifier().verifierKey())));
			refused += attempt(() -> Receipt.parse(mutate(receipt)).verify(List.of(log.verifier())));
		}
		assertThat(refused).isGreaterThan(ROUNDS);
	}

	private int attempt(Action action) {
		try {
			action.run();
			return 0;
		}
		catch (NoteException | ReceiptException ex) {
			return 1;
		}
	}

	private String mutate(String text) {
		StringBuilder mutated = new StringBuilder(text);
		int edits = 1 + this.random.nextInt(3);
		for (int i = 0; i < edits && mutated.length() > 0; i++) {
			int at = this.random.nextInt(mutated.length());
			char c = ALPHABET.charAt(this.random.nextInt(ALPHABET.length()));
			switch (this.random.nextInt(3)) {
				case 0 -> mutated.setCharAt(at, c);
				case 1 -> mutated.insert(at, c);
				default -> mutated.deleteCharAt(at);
			}
		}
		return mutated.toString();
	}

	@FunctionalInterface
	interface Action {

		void run() throws NoteException, ReceiptException;

	}

}
