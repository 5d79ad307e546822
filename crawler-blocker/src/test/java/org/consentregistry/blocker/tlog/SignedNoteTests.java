package org.consentregistry.blocker.tlog;

import java.security.SecureRandom;
import java.util.List;

import org.consentregistry.blocker.tlog.NoteException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * C2SP signed-note (https://c2sp.org/signed-note) parsing, signing and verification,
 * checked against the example of Go's golang.org/x/mod/sumdb/note package documentation.
 */
class SignedNoteTests {

	// golang.org/x/mod/sumdb/note, note.go package documentation ("Example")
	static final String GO_SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";

	static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

	static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
			+ "then you don't know what your problem is.\n";

	static final String GO_NOTE = GO_TEXT + "\n"
			+ "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

	private final SecureRandom random = new SecureRandom();

	@Test
	void signsTheGoExampleByteForByte() throws NoteException {
		NoteSigner signer = NoteSigner.parse(GO_SIGNER_KEY);
		assertThat(signer.sign(GO_TEXT).encode()).isEqualTo(GO_NOTE);
		assertThat(signer.verifier().verifierKey()).isEqualTo(GO_VERIFIER_KEY);
		assertThat(signer.signerKey()).isEqualTo(GO_SIGNER_KEY);
	}

	@Test
	void verifiesTheGoExampleWithItsVerifierKey() throws NoteException {
		NoteVerifier verifier = NoteVerifier.parse(GO_VERIFIER_KEY);
		SignedNote note = SignedNote.parse(GO_NOTE);
		assertThat(note.text()).isEqualTo(GO_TEXT);
		assertThat(note.verify(List.of(verifier))).containsExactly(verifier);
	}

	@Test
	void refusesATamperedText() throws NoteException {
		SignedNote note = SignedNote.parse(GO_NOTE.replace("cryptography", "cryptographY"));
		assertThatExceptionOfType(NoteException.class)
			.isThrownBy(() -> note.verify(List.of(NoteVerifier.parse(GO_VERIFIER_KEY))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.BAD_SIGNATURE));
	}

	@Test
	void acceptsANoteWithSeveralSignaturesWhenOneIsByAKnownKey() throws NoteException {
		NoteSigner log = NoteSigner.generate("registry.example/log", this.random);
		NoteSigner witness = NoteSigner.generate("witness.example/w1", this.random);
		SignedNote note = witness.cosign(log.sign("registry.example/log\n3\nAAAA\n"));
		assertThat(note.signatures()).hasSize(2);
		SignedNote parsed = SignedNote.parse(note.encode());
		assertThat(parsed).isEqualTo(note);
		assertThat(parsed.verify(List.of(log.verifier()))).containsExactly(log.verifier());
		assertThat(parsed.verify(List.of(witness.verifier(), log.verifier()))).hasSize(2);
	}

	@Test
	void ignoresAnUnknownKeyThatSharesOnlyTheName() throws NoteException {
		NoteSigner log = NoteSigner.generate("registry.example/log", this.random);
		NoteSigner impostor = NoteSigner.generate("registry.example/log", this.random);
		SignedNote note = impostor.cosign(log.sign("text\n"));
		assertThat(note.verify(List.of(log.verifier()))).containsExactly(log.verifier());
	}

	@Test
	void refusesANoteWithoutASignatureByAKnownKey() throws NoteException {
		NoteSigner log = NoteSigner.generate("registry.example/log", this.random);
		NoteSigner other = NoteSigner.generate("other.example/log", this.random);
		SignedNote note = other.sign("text\n");
		assertThatExceptionOfType(NoteException.class).isThrownBy(() -> note.verify(List.of(log.verifier())))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.NO_KNOWN_SIGNATURE))
			.withMessageContaining("expected a signature by one of [registry.example/log+");
	}

	@Test
	void keepsEmptyLinesOfTheTextAndSplitsAtTheLastBlankLine() throws NoteException {
		NoteSigner log = NoteSigner.generate("a.example/log", this.random);
		String text = "one\n\nthree\n\n";
		SignedNote parsed = SignedNote.parse(log.sign(text).encode());
		assertThat(parsed.text()).isEqualTo(text);
		assertThat(parsed.verify(List.of(log.verifier()))).hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no blank line before the signatures      | text\\n\u2014 k AAAAAAA=\\n
			no signature line                         | text\\n\\n
			no final newline                          | text\\n\\n\u2014 k AAAAAAA=
			hyphen instead of em dash                 | text\\n\\n- k AAAAAAA=\\n
			no space after the name                   | text\\n\\n\u2014 kAAAAAAA=\\n
			plus sign in the key name                 | text\\n\\n\u2014 k+1 AAAAAAA=\\n
			signature shorter than five bytes         | text\\n\\n\u2014 k AAAAAA==\\n
			signature not in base64                   | text\\n\\n\u2014 k AAAA*AAA\\n
			signature in unpadded base64              | text\\n\\n\u2014 k AAAAAAA\\n
			two spaces before the signature           | text\\n\\n\u2014 k  AAAAAAA=\\n
			control character in the text             | te\\txt\\n\\n\u2014 k AAAAAAA=\\n
			carriage return line ends                 | text\\r\\n\\r\\n\u2014 k AAAAAAA=\\r\\n
			""")
	void refusesAMalformedNote(String defect, String escaped) {
		String note = escaped.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r");
		assertThatExceptionOfType(NoteException.class).as(defect)
			.isThrownBy(() -> SignedNote.parse(note))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.MALFORMED));
	}

	@Test
	void refusesANoteInInvalidUtf8() {
		byte[] note = { 't', (byte) 0xC3, '\n', '\n', 'x', '\n' };
		assertThatExceptionOfType(NoteException.class).isThrownBy(() -> SignedNote.parse(note))
			.withMessageContaining("UTF-8");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
			"PeterNeumann+c74f20a3+AhpcdQcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
			"PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10",
			"PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
			"Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
			"+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "PeterNeumann+c74f20a3" })
	void refusesAManglededVerifierKey(String vkey) {
		assertThatExceptionOfType(NoteException.class).isThrownBy(() -> NoteVerifier.parse(vkey));
	}

	@Test
	void refusesToSignATextWithoutFinalNewline() throws NoteException {
		NoteSigner log = NoteSigner.generate("a.example/log", this.random);
		assertThatExceptionOfType(NoteException.class).isThrownBy(() -> log.sign("text"))
			.withMessageContaining("newline");
	}

}
