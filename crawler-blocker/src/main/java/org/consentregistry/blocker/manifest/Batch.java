package org.consentregistry.blocker.manifest;

/**
 * Whole lines of the input, cut by {@link InputBatches}: {@code bytes} from {@code start}
 * to {@code end}, every line ended by {@code \n} except perhaps the last one of the
 * input.
 *
 * @param bytes the lines
 * @param start where the first line starts
 * @param end where the batch ends
 * @param firstLine the 1-based number of the first line (data lines: a CSV header is not
 * counted)
 * @param endBytes the input bytes read up to the end of this batch
 * @param header whether the batch is the CSV header line alone
 */
record Batch(byte[] bytes, int start, int end, long firstLine, long endBytes, boolean header) {

}
