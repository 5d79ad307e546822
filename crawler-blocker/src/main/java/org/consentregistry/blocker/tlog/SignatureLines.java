package org.consentregistry.blocker.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Parses signature lines and checks key names, as the signed-note format defines them.
 */
final class SignatureLines {

	private SignatureLines() {
	}

	static NoteSignature parse(String line) throws NoteException {
		String prefix = SignedNote.DASH + " ";
		if (!line.startsWith(prefix)) {
			throw SignedNote.malformed(
					"expected a signature line starting with an em dash and a space, got '" + abbreviate(line) + "'");
		}
		String rest = line.substring(prefix.length());
		int space = rest.indexOf(' ');
		if (space < 0) {
			throw SignedNote
				.malformed("expected '<name> <signature>' after the em dash, got '" + abbreviate(rest) + "'");
		}
		String name = rest.substring(0, space);
		requireKeyName(name);
		byte[] bytes = decodeBase64("signature", rest.substring(space + 1));
		if (bytes.length < 5) {
			throw SignedNote.malformed("expected a key ID and a signature of at least 5 bytes, got " + bytes.length);
		}
		return new NoteSignature(name, ByteBuffer.wrap(bytes).getInt(), Arrays.copyOfRange(bytes, 4, bytes.length));
	}

	/** Key names are non-empty and hold neither Unicode spaces nor plus signs. */
	static void requireKeyName(String name) throws NoteException {
		if (name.isEmpty()) {
			throw SignedNote.malformed("expected a non-empty key name, got an empty one");
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20) {
				throw SignedNote.malformed("expected a key name without spaces or '+', got '" + abbreviate(name) + "'");
			}
		}
	}

	/** Standard base64 with padding, refusing any non-canonical encoding. */
	static byte[] decodeBase64(String what, String text) throws NoteException {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw SignedNote.malformed("expected " + what + " in standard base64, got '" + abbreviate(text) + "'");
		}
		if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
			throw SignedNote
				.malformed("expected " + what + " in canonical padded base64, got '" + abbreviate(text) + "'");
		}
		return bytes;
	}

	static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 77) + "...";
	}

}
