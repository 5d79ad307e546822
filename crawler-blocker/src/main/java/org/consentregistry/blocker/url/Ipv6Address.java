package org.consentregistry.blocker.url;

import org.jspecify.annotations.Nullable;

/**
 * Parsing and canonical text of IPv6 addresses (rule 9): RFC 4291 §2.2 text forms in, RFC
 * 5952 §4 text out (lower case, no leading zeros, the longest run of two or more zero
 * groups, the first of equals, as {@code ::}), written in hex only as the WHATWG URL
 * Standard serialises it (an embedded IPv4 address becomes two hex groups).
 */
final class Ipv6Address {

	private static final int GROUPS = 8;

	private Ipv6Address() {
	}

	/**
	 * The canonical text of {@code text}, or {@code null} if it is not an IPv6 address.
	 */
	static @Nullable String canonical(String text) {
		int[] groups = parse(text);
		return (groups != null) ? format(groups) : null;
	}

	private static int @Nullable [] parse(String text) {
		int gap = text.indexOf("::");
		if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
			return null;
		}
		int[] groups = new int[GROUPS];
		int head = (gap < 0) ? parseGroups(text, groups, 0, true)
				: parseGroups(text.substring(0, gap), groups, 0, false);
		if (gap < 0) {
			return (head == GROUPS) ? groups : null;
		}
		int[] tail = new int[GROUPS];
		int tailCount = parseGroups(text.substring(gap + 2), tail, 0, true);
		if (head < 0 || tailCount < 0 || head + tailCount > GROUPS - 1) {
			return null;
		}
		System.arraycopy(tail, 0, groups, GROUPS - tailCount, tailCount);
		return groups;
	}

	/**
	 * Parses ':'-separated groups into {@code out} from {@code at}; returns the count or
	 * -1.
	 */
	private static int parseGroups(String part, int[] out, int at, boolean ipv4Allowed) {
		if (part.isEmpty()) {
			return 0;
		}
		String[] tokens = part.split(":", -1);
		int count = at;
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			boolean last = i == tokens.length - 1;
			if (last && ipv4Allowed && token.indexOf('.') >= 0) {
				long ipv4 = ipv4(token);
				if (ipv4 < 0 || count + 2 > GROUPS) {
					return -1;
				}
				out[count++] = (int) (ipv4 >> 16);
				out[count++] = (int) (ipv4 & 0xFFFF);
			}
			else {
				int value = hexGroup(token);
				if (value < 0 || count == GROUPS) {
					return -1;
				}
				out[count++] = value;
			}
		}
		return count - at;
	}

	private static int hexGroup(String token) {
		if (token.isEmpty() || token.length() > 4) {
			return -1;
		}
		int value = 0;
		for (int i = 0; i < token.length(); i++) {
			int digit = PercentEncoding.hexPair("0" + token.charAt(i), 0);
			if (digit < 0) {
				return -1;
			}
			value = (value << 4) | digit;
		}
		return value;
	}

	/** A dotted-decimal IPv4 address (no leading zeros) as a number, or -1. */
	private static long ipv4(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 4) {
			return -1;
		}
		long value = 0;
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
					|| !part.chars().allMatch((c) -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
				return -1;
			}
			value = (value << 8) | Integer.parseInt(part);
		}
		return value;
	}

	private static String format(int[] groups) {
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < GROUPS; i++) {
			int length = 0;
			while (i + length < GROUPS && groups[i + length] == 0) {
				length++;
			}
			if (length > bestLength) {
				bestStart = i;
				bestLength = length;
			}
			i += length;
		}
		StringBuilder text = new StringBuilder(39);
		for (int i = 0; i < GROUPS; i++) {
			if (i == bestStart) {
				text.append("::");
				i += bestLength - 1;
				continue;
			}
			if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
				text.append(':');
			}
			text.append(Integer.toHexString(groups[i]));
		}
		return text.toString();
	}

}
