package org.consentregistry.blocker.url;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Normalisation of the host part of a URL (rules 5 to 9). */
final class Hosts {

	private static final int MAX_LENGTH = 253;

	private static final int MAX_LABEL_LENGTH = 63;

	private Hosts() {
	}

	static String normalize(String host) throws UrlFormatException {
		if (host.isEmpty()) {
			throw new UrlFormatException("expected a host name or IP address, got an empty host");
		}
		if (host.charAt(0) == '[') {
			return ipv6(host);
		}
		String name = percentDecode(host).toLowerCase(Locale.ROOT);
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		String ascii = isAscii(name) ? name : toAscii(name, host);
		checkName(ascii, host);
		return ascii;
	}

	/**
	 * Rule 7: IDNA ToASCII. ASCII names are left alone, as ToASCII would (UTS #46 §4.2:
	 * all-ASCII labels are not converted); their label lengths are checked by rule 8.
	 */
	private static String toAscii(String name, String original) throws UrlFormatException {
		try {
			return IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw new UrlFormatException("expected a host name that IDNA can convert to ASCII, got "
					+ UrlNormalizer.quote(original) + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean isAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a normalised host is an IP address: bracketed IPv6 or all-digit last label.
	 */
	static boolean isIpAddress(String host) {
		if (host.startsWith("[")) {
			return true;
		}
		int lastDot = host.lastIndexOf('.');
		for (int i = lastDot + 1; i < host.length(); i++) {
			char c = host.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static String ipv6(String host) throws UrlFormatException {
		String canonical = (host.length() > 2 && host.endsWith("]"))
				? Ipv6Address.canonical(host.substring(1, host.length() - 1)) : null;
		if (canonical == null) {
			throw new UrlFormatException(
					"expected an IPv6 address in brackets such as [2001:db8::1], got " + UrlNormalizer.quote(host));
		}
		return "[" + canonical + "]";
	}

	private static void checkName(String ascii, String original) throws UrlFormatException {
		if (ascii.isEmpty() || ascii.length() > MAX_LENGTH) {
			throw new UrlFormatException(
					"expected a host name of 1 to " + MAX_LENGTH + " characters, got " + UrlNormalizer.quote(original));
		}
		int labelStart = 0;
		for (int i = 0; i <= ascii.length(); i++) {
			char c = (i < ascii.length()) ? ascii.charAt(i) : '.';
			if (c == '.') {
				if (i == labelStart || i - labelStart > MAX_LABEL_LENGTH) {
					throw new UrlFormatException("expected a host name of labels of 1 to " + MAX_LABEL_LENGTH
							+ " characters, got " + UrlNormalizer.quote(original));
				}
				labelStart = i + 1;
			}
			else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
				throw new UrlFormatException("expected a host name of letters, digits, '-', '_' and '.', got "
						+ UrlNormalizer.quote(original) + " with " + UrlNormalizer.quote(String.valueOf(c)));
			}
		}
	}

	private static String percentDecode(String host) throws UrlFormatException {
		if (host.indexOf('%') < 0) {
			return host;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(host.length());
		for (int i = 0; i < host.length(); i++) {
			char c = host.charAt(i);
			int value = (c == '%') ? PercentEncoding.hexPair(host, i + 1) : -1;
			if (c == '%' && value < 0) {
				throw new UrlFormatException(
						"expected '%' followed by two hex digits in the host, got " + UrlNormalizer.quote(host));
			}
			if (value >= 0) {
				bytes.write(value);
				i += 2;
			}
			else {
				int codePoint = host.codePointAt(i);
				byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
				bytes.write(utf8, 0, utf8.length);
				i += Character.charCount(codePoint) - 1;
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UrlFormatException("expected percent-encoded UTF-8 in the host, got " + UrlNormalizer.quote(host),
					ex);
		}
	}

}
