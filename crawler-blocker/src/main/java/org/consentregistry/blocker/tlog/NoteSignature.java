package org.consentregistry.blocker.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line of a signed note: {@code — <name> base64(keyId || signature)}.
 *
 * @param name the key name
 * @param keyId the 32-bit key ID
 * @param signature the signature bytes after the key ID
 */
public record NoteSignature(String name, int keyId, byte[] signature) {

	public NoteSignature {
		signature = signature.clone();
	}

	@Override
	public byte[] signature() {
		return this.signature.clone();
	}

	/** The line as it appears in the note, without its newline. */
	public String line() {
		byte[] bytes = ByteBuffer.allocate(4 + this.signature.length).putInt(this.keyId).put(this.signature).array();
		return SignedNote.DASH + " " + this.name + " " + Base64.getEncoder().encodeToString(bytes);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof NoteSignature that && this.name.equals(that.name) && this.keyId == that.keyId
				&& Arrays.equals(this.signature, that.signature);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * this.name.hashCode() + this.keyId) + Arrays.hashCode(this.signature);
	}

	@Override
	public String toString() {
		return line();
	}

}
