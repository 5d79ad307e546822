package org.consentregistry.registry.log.web;

import java.util.Base64;
import java.util.List;

/**
 * The JSON answers of the log endpoints; hashes in standard base64.
 */
final class LogJson {

	private LogJson() {
	}

	static List<String> base64(List<byte[]> hashes) {
		return hashes.stream().map((hash) -> Base64.getEncoder().encodeToString(hash)).toList();
	}

	/**
	 * An inclusion proof.
	 *
	 * @param index the leaf index
	 * @param size the tree size the proof leads to
	 * @param inclusionProof the hashes, from the leaf upwards
	 */
	record Inclusion(long index, long size, List<String> inclusionProof) {
	}

	/**
	 * A consistency proof.
	 *
	 * @param from the smaller tree size
	 * @param to the larger tree size
	 * @param consistencyProof the hashes (RFC 9162 §2.1.4)
	 */
	record Consistency(long from, long to, List<String> consistencyProof) {
	}

	/**
	 * The log's verifier keys.
	 *
	 * @param origin the log's origin
	 * @param current the verifier key that signs new checkpoints
	 * @param retired verifier keys of earlier checkpoints, newest first
	 */
	record Keys(String origin, String current, List<String> retired) {
	}

}
