package org.consentregistry.blocker.manifest;

/**
 * What a filter run did.
 *
 * @param lines the input lines read (for CSV, without the header)
 * @param bytes the input bytes read
 * @param kept items written to the kept output
 * @param refused items dropped because a refusal applies
 * @param unknownDropped items dropped because nothing decided them and unknown items are
 * dropped
 * @param malformed lines that could not be checked (reported, written to the dropped
 * output with the reason)
 * @param inputSha256 hex SHA-256 of every input byte
 * @param keptSha256 hex SHA-256 of the kept output
 * @param droppedSha256 hex SHA-256 of the dropped output
 */
public record FilterResult(long lines, long bytes, long kept, long refused, long unknownDropped, long malformed,
		String inputSha256, String keptSha256, String droppedSha256) {

	/** Every dropped line: refused, unknown and malformed. */
	public long dropped() {
		return this.refused + this.unknownDropped + this.malformed;
	}

}
