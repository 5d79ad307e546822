package org.consentregistry.blocker.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.consentregistry.blocker.tlog.NoteException.Reason;

/**
 * A C2SP signed note (https://c2sp.org/signed-note): a text ending in a newline, a blank
 * line, and signature lines. Parsing is strict; verification accepts a note when at least
 * one signature is by a known key and every signature by a known key verifies, ignoring
 * signatures by unknown keys.
 *
 * @param text the signed text, including its final newline
 * @param signatures the signature lines, in order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

	/** The em dash (U+2014) that starts a signature line. */
	static final String DASH = "\u2014";

	/** Upper bound on the size of a note this library reads. */
	public static final int MAX_LENGTH = 1 << 16;

	/**
	 * Upper bound on the number of signatures in a note (the spec asks for at least 16).
	 */
	public static final int MAX_SIGNATURES = 64;

	public SignedNote {
		signatures = List.copyOf(signatures);
	}

	/** Parses a note from UTF-8 bytes, refusing invalid UTF-8. */
	public static SignedNote parse(byte[] note) throws NoteException {
		try {
			return parse(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(note))
				.toString());
		}
		catch (CharacterCodingException ex) {
			throw malformed("expected a note in UTF-8, got invalid UTF-8 (" + ex.getMessage() + ")");
		}
	}

	/** Parses a note strictly. */
	public static SignedNote parse(String note) throws NoteException {
		if (note.length() > MAX_LENGTH) {
			throw malformed("expected a note of at most " + MAX_LENGTH + " characters, got " + note.length());
		}
		requireText(note);
		int split = note.lastIndexOf("\n\n");
		if (split < 0) {
			throw malformed("expected a blank line between the text and the signatures, found none");
		}
		String block = note.substring(split + 2);
		if (block.isEmpty()) {
			throw malformed("expected at least one signature line after the blank line, found none");
		}
		String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
		if (lines.length > MAX_SIGNATURES) {
			throw malformed("expected at most " + MAX_SIGNATURES + " signatures, got " + lines.length);
		}
		List<NoteSignature> signatures = new ArrayList<>(lines.length);
		for (String line : lines) {
			signatures.add(SignatureLines.parse(line));
		}
		return new SignedNote(note.substring(0, split + 1), signatures);
	}

	/**
	 * Checks the signatures against the known keys and returns those that signed.
	 * @throws NoteException if a known key's signature fails, or none is by a known key
	 */
	public List<NoteVerifier> verify(Collection<NoteVerifier> known) throws NoteException {
		byte[] message = this.text.getBytes(StandardCharsets.UTF_8);
		List<NoteVerifier> verified = new ArrayList<>();
		for (NoteSignature signature : this.signatures) {
			for (NoteVerifier verifier : known) {
				if (verifier.name().equals(signature.name()) && verifier.keyId() == signature.keyId()) {
					if (!verifier.verify(message, signature.signature())) {
						throw new NoteException(Reason.BAD_SIGNATURE, "expected a valid signature by the known key "
								+ verifier.verifierKey() + ", got one that does not verify");
					}
					verified.add(verifier);
				}
			}
		}
		if (verified.isEmpty()) {
			throw new NoteException(Reason.NO_KNOWN_SIGNATURE,
					"expected a signature by one of " + names(known) + ", got signatures by " + names(this.signatures));
		}
		return verified;
	}

	/** This note with one more signature line. */
	public SignedNote with(NoteSignature signature) {
		List<NoteSignature> all = new ArrayList<>(this.signatures);
		all.add(signature);
		return new SignedNote(this.text, all);
	}

	/** The note in its wire format. */
	public String encode() {
		StringBuilder note = new StringBuilder(this.text).append('\n');
		for (NoteSignature signature : this.signatures) {
			note.append(signature.line()).append('\n');
		}
		return note.toString();
	}

	@Override
	public String toString() {
		return encode();
	}

	/**
	 * Checks that a text ends in a newline and holds no control character but newlines.
	 */
	static void requireText(String text) throws NoteException {
		if (!text.endsWith("\n")) {
			throw malformed("expected the text to end in a newline, it does not");
		}
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (c < 0x20 && c != '\n') {
				throw malformed(String.format("expected no control character but newline, got U+%04X at %d", c, i));
			}
			if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
				throw malformed("expected valid Unicode text, got an unpaired surrogate at " + i);
			}
			i += Character.charCount(c);
		}
	}

	static NoteException malformed(String message) {
		return new NoteException(Reason.MALFORMED, message);
	}

	private static List<String> names(Collection<?> keys) {
		return keys.stream()
			.map((key) -> (key instanceof NoteSignature signature)
					? signature.name() + "+" + String.format("%08x", signature.keyId())
					: ((NoteVerifier) key).name() + "+" + String.format("%08x", ((NoteVerifier) key).keyId()))
			.toList();
	}

}
