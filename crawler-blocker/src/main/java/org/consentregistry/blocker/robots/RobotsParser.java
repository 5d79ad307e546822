package org.consentregistry.blocker.robots;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a robots.txt body into key-value lines as Google's parser ({@code robots.cc})
 * does: a UTF-8 byte order mark (or its first bytes) skipped at the start; lines end at
 * LF, CR or CRLF; lines beyond 16,664 bytes cut; {@code #} starts a comment; the key ends
 * at the first colon, or at white space when exactly two words stand on the line. Never
 * throws on content: lines without a key are skipped.
 */
final class RobotsParser {

	/** Google's limit: eight times the longest URL browsers accept. */
	static final int MAX_LINE_LENGTH = 2083 * 8;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private RobotsParser() {
	}

	static List<RobotsLine> parse(byte[] body) {
		List<RobotsLine> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int bom = 0;
		boolean lastWasCr = false;
		int number = 0;
		for (byte b : body) {
			if (bom < BOM.length && b == BOM[bom++]) {
				continue;
			}
			bom = BOM.length;
			if (b != '\n' && b != '\r') {
				if (line.length() < MAX_LINE_LENGTH) {
					line.append((char) (b & 0xFF));
				}
				continue;
			}
			boolean crlfContinuation = line.length() == 0 && lastWasCr && b == '\n';
			if (!crlfContinuation) {
				emit(++number, line, lines);
			}
			line.setLength(0);
			lastWasCr = b == '\r';
		}
		emit(++number, line, lines);
		return lines;
	}

	private static void emit(int number, StringBuilder raw, List<RobotsLine> lines) {
		String line = raw.toString();
		int nul = line.indexOf('\0');
		if (nul >= 0) {
			line = line.substring(0, nul);
		}
		int hash = line.indexOf('#');
		if (hash >= 0) {
			line = line.substring(0, hash);
		}
		line = strip(line);
		int separator = line.indexOf(':');
		if (separator < 0) {
			separator = firstSpace(line, 0);
			if (separator >= 0 && firstSpace(strip(line.substring(separator)), 0) >= 0) {
				return;
			}
		}
		if (separator < 0) {
			return;
		}
		String key = strip(line.substring(0, separator));
		if (key.isEmpty()) {
			return;
		}
		String value = strip(line.substring(separator + 1));
		RobotsLine.Kind kind = RobotsLine.Kind.of(key);
		if (kind == RobotsLine.Kind.ALLOW || kind == RobotsLine.Kind.DISALLOW) {
			value = PathPattern.escape(value);
		}
		lines.add(new RobotsLine(number, kind, key, value));
	}

	private static int firstSpace(String s, int from) {
		for (int i = from; i < s.length(); i++) {
			if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
				return i;
			}
		}
		return -1;
	}

	/** Strips ASCII white space (space, tab, LF, VT, FF, CR) at both ends. */
	static String strip(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isSpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

}
