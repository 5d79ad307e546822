package org.consentregistry.registry.bulkcheck;

import org.consentregistry.registry.system.Problem;

/**
 * Parses one bulk-check line: a JSON object with exactly one of {@code url} and
 * {@code sha256} (a string), an optional {@code id} (a string or number, echoed back as
 * sent) and any other members, which are skipped. A small hand parser for this flat
 * shape, strict about JSON syntax, allocating only the identifier's string. Reused from
 * line to line; not thread-safe.
 */
final class ItemParser {

	private static final int MAX_DEPTH = 64;

	private byte[] bytes = new byte[0];

	private int position;

	private int end;

	private int lineStart;

	/**
	 * Parses {@code bytes[start..end)} into {@code item}.
	 * @return whether the line is a valid item; if not, {@code item} says why
	 */
	boolean parse(byte[] bytes, int start, int end, Item item) {
		item.reset();
		this.bytes = bytes;
		this.position = start;
		this.end = end;
		this.lineStart = start;
		if (!skipSpace() || this.bytes[this.position] != '{') {
			return item.refuse(Problem.MALFORMED_ITEM, "expected a JSON object such as {\"url\": \"https://…\"}");
		}
		this.position++;
		if (!members(item)) {
			return false;
		}
		if (skipSpace()) {
			return item.refuse(Problem.MALFORMED_ITEM, "expected the line to end after the object");
		}
		if (item.member == null) {
			return item.refuse(Problem.MALFORMED_ITEM, "expected a member \"url\" or \"sha256\"");
		}
		return true;
	}

	private boolean members(Item item) {
		if (skipSpace() && this.bytes[this.position] == '}') {
			this.position++;
			return true;
		}
		while (true) {
			if (!skipSpace() || this.bytes[this.position] != '"') {
				return malformed(item, "a member name");
			}
			int nameStart = this.position;
			int nameEnd = JsonStrings.skip(this.bytes, this.position, this.end);
			if (nameEnd < 0) {
				return malformed(item, "a well-formed member name");
			}
			this.position = nameEnd;
			if (!skipSpace() || this.bytes[this.position] != ':') {
				return malformed(item, "':'");
			}
			this.position++;
			if (!skipSpace() || !value(item, JsonStrings.name(this.bytes, nameStart, nameEnd))) {
				return (item.problem != null) ? false : malformed(item, "a well-formed value");
			}
			if (!skipSpace()) {
				return malformed(item, "',' or '}'");
			}
			byte next = this.bytes[this.position++];
			if (next == '}') {
				return true;
			}
			if (next != ',') {
				this.position--;
				return malformed(item, "',' or '}'");
			}
		}
	}

	private boolean value(Item item, String name) {
		if ("url".equals(name) || "sha256".equals(name)) {
			if (item.member != null) {
				return item.refuse(Problem.MALFORMED_ITEM, "expected one of \"url\" and \"sha256\", got both or "
						+ "one twice (\"" + item.member + "\" and \"" + name + "\")");
			}
			if (this.bytes[this.position] != '"') {
				return item.refuse(Problem.MALFORMED_ITEM, "expected \"" + name + "\" to be a string");
			}
			int stringEnd = JsonStrings.skip(this.bytes, this.position, this.end);
			if (stringEnd < 0) {
				return false;
			}
			item.member = name;
			item.value = JsonStrings.decode(this.bytes, this.position, stringEnd);
			this.position = stringEnd;
			return true;
		}
		int valueStart = this.position;
		int valueEnd = JsonStrings.skipValue(this.bytes, this.position, this.end, MAX_DEPTH);
		if (valueEnd < 0) {
			return false;
		}
		this.position = valueEnd;
		if ("id".equals(name)) {
			byte first = this.bytes[valueStart];
			if (first != '"' && first != '-' && (first < '0' || first > '9')) {
				return item.refuse(Problem.MALFORMED_ITEM, "expected \"id\" to be a string or a number");
			}
			item.idStart = valueStart;
			item.idEnd = valueEnd;
		}
		return true;
	}

	/** Skips white space; whether anything is left. */
	private boolean skipSpace() {
		while (this.position < this.end) {
			byte b = this.bytes[this.position];
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return true;
			}
			this.position++;
		}
		return false;
	}

	private boolean malformed(Item item, String expected) {
		return item.refuse(Problem.MALFORMED_ITEM,
				"expected " + expected + " at column " + (this.position - this.lineStart + 1) + " of the line");
	}

}
