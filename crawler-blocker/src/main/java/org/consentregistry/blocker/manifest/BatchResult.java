package org.consentregistry.blocker.manifest;

import java.util.List;

/**
 * What a worker made of a batch: the kept and dropped output bytes, in input order, the
 * malformed lines to report and the counts.
 *
 * @param batch the batch
 * @param kept the kept lines, each ended by {@code \n}
 * @param dropped the dropped output's lines
 * @param malformed the malformed lines, in order
 * @param lines how many lines the batch held
 * @param keptLines how many were kept
 * @param refused how many were refused
 * @param unknown how many were dropped as unknown
 */
record BatchResult(Batch batch, Bytes kept, Bytes dropped, List<Malformed> malformed, int lines, int keptLines,
		int refused, int unknown) {

	/**
	 * A line that could not be checked.
	 *
	 * @param line its number
	 * @param reason why
	 */
	record Malformed(long line, String reason) {

	}

}
