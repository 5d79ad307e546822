package org.consentregistry.registry.bulkcheck;

/**
 * Skips a JSON object or array in a byte buffer with full syntax checks and a depth limit
 * (the values of members a bulk-check item does not use).
 */
final class JsonContainers {

	private JsonContainers() {
	}

	/**
	 * Skips the object or array starting at {@code at}.
	 * @param depth how many further levels of nesting are allowed inside it
	 * @return the index after it, or -1 if it is not well-formed before {@code end}
	 */
	static int skip(byte[] bytes, int at, int end, int depth) {
		boolean object = bytes[at] == '{';
		byte close = object ? (byte) '}' : (byte) ']';
		int i = space(bytes, at + 1, end);
		if (i < end && bytes[i] == close) {
			return i + 1;
		}
		while (i < end) {
			if (object) {
				if (bytes[i] != '"' || (i = JsonStrings.skip(bytes, i, end)) < 0) {
					return -1;
				}
				i = space(bytes, i, end);
				if (i >= end || bytes[i] != ':') {
					return -1;
				}
				i = space(bytes, i + 1, end);
			}
			if (i >= end || (i = JsonStrings.skipValue(bytes, i, end, depth)) < 0) {
				return -1;
			}
			i = space(bytes, i, end);
			if (i >= end) {
				return -1;
			}
			if (bytes[i] == close) {
				return i + 1;
			}
			if (bytes[i] != ',') {
				return -1;
			}
			i = space(bytes, i + 1, end);
		}
		return -1;
	}

	private static int space(byte[] bytes, int at, int end) {
		int i = at;
		while (i < end && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
			i++;
		}
		return i;
	}

}
