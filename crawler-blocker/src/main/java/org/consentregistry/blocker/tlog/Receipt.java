package org.consentregistry.blocker.tlog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.json.Json;
import org.consentregistry.blocker.tlog.ReceiptException.Reason;

/**
 * What a submitter gets for an accepted record: the log index of its entry, the leaf
 * data, the inclusion proof of that leaf and the signed checkpoint the proof leads to.
 * JSON form:
 * {@code {"index":n,"leaf":"<base64>","inclusionProof":["<base64>",...],"checkpoint":"<signed
 * note>"}}.
 *
 * @param index the leaf index
 * @param leaf the leaf data (its leaf hash is {@code SHA-256(0x00 || leaf)})
 * @param inclusionProof the inclusion proof of the leaf in the checkpoint's tree
 * @param checkpoint the signed checkpoint note, in its wire format
 */
public record Receipt(long index, byte[] leaf, List<byte[]> inclusionProof, String checkpoint) {

	/** Upper bound on the size of a receipt this library reads. */
	public static final int MAX_LENGTH = 1 << 20;

	public Receipt {
		leaf = leaf.clone();
		inclusionProof = inclusionProof.stream().map(byte[]::clone).toList();
	}

	@Override
	public byte[] leaf() {
		return this.leaf.clone();
	}

	/**
	 * Verifies the receipt offline: the leaf hash, through the inclusion proof, leads to
	 * the root of the checkpoint at its size, and the checkpoint is signed by one of the
	 * given keys.
	 * @return the verified checkpoint
	 */
	public Checkpoint verify(Collection<NoteVerifier> keys) throws ReceiptException {
		SignedNote note;
		Checkpoint body;
		try {
			note = SignedNote.parse(this.checkpoint);
			body = Checkpoint.parse(note.text());
		}
		catch (NoteException ex) {
			throw new ReceiptException(Reason.MALFORMED, "checkpoint: " + ex.getMessage(), ex);
		}
		try {
			ProofVerifier.verifyInclusion(this.index, body.size(), TreeHasher.leafHash(this.leaf), this.inclusionProof,
					body.rootHash());
		}
		catch (ProofException ex) {
			throw new ReceiptException(Reason.PROOF, "inclusion proof: " + ex.getMessage(), ex);
		}
		try {
			note.verify(keys);
		}
		catch (NoteException ex) {
			throw new ReceiptException(Reason.SIGNATURE, "checkpoint signature: " + ex.getMessage(), ex);
		}
		return body;
	}

	/** The receipt as compact JSON. */
	public String toJson() {
		StringBuilder json = new StringBuilder("{\"index\":").append(this.index).append(",\"leaf\":");
		Json.quote(json, base64(this.leaf)).append(",\"inclusionProof\":[");
		for (int i = 0; i < this.inclusionProof.size(); i++) {
			Json.quote((i > 0) ? json.append(',') : json, base64(this.inclusionProof.get(i)));
		}
		return Json.quote(json.append("],\"checkpoint\":"), this.checkpoint).append('}').toString();
	}

	/** Parses a receipt's JSON form; unknown members are ignored. */
	public static Receipt parse(String json) throws ReceiptException {
		if (json.length() > MAX_LENGTH) {
			throw malformed("expected a receipt of at most " + MAX_LENGTH + " characters, got " + json.length());
		}
		try {
			if (!(Json.parse(json) instanceof Map<?, ?> object)) {
				throw malformed("expected a JSON object");
			}
			if (!(object.get("index") instanceof Long index) || index < 0) {
				throw malformed("expected \"index\" to be an integer >= 0, got " + object.get("index"));
			}
			if (!(object.get("inclusionProof") instanceof List<?> hashes)) {
				throw malformed("expected \"inclusionProof\" to be an array of base64 strings");
			}
			List<byte[]> proof = new ArrayList<>(hashes.size());
			for (Object hash : hashes) {
				proof.add(decode("inclusionProof", hash));
			}
			if (!(object.get("checkpoint") instanceof String checkpoint)) {
				throw malformed("expected \"checkpoint\" to be a string");
			}
			return new Receipt(index, decode("leaf", object.get("leaf")), proof, checkpoint);
		}
		catch (IllegalArgumentException ex) {
			throw new ReceiptException(Reason.MALFORMED, "receipt: " + ex.getMessage(), ex);
		}
	}

	/** Reads a receipt from UTF-8 bytes. */
	public static Receipt parse(byte[] json) throws ReceiptException {
		return parse(new String(json, StandardCharsets.UTF_8));
	}

	private static byte[] decode(String member, Object value) throws ReceiptException {
		if (!(value instanceof String text)) {
			throw malformed("expected \"" + member + "\" to hold base64 strings, got " + value);
		}
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw malformed("expected \"" + member + "\" to hold standard base64, got '" + text + "'");
		}
	}

	private static ReceiptException malformed(String message) {
		return new ReceiptException(Reason.MALFORMED, "receipt: " + message);
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

}
