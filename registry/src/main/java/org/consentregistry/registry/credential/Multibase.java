package org.consentregistry.registry.credential;

import java.util.Arrays;

import org.consentregistry.registry.credential.CredentialException.Reason;

/**
 * Multibase {@code base58btc} (prefix {@code z}): the Bitcoin base58 alphabet, with one
 * {@code 1} per leading zero byte.
 *
 * @see <a href="https://www.w3.org/TR/controller-document/#multibase-0">Multibase</a>
 */
final class Multibase {

	static final char BASE58BTC = 'z';

	private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();

	private static final int[] INDEXES = new int[128];

	static {
		Arrays.fill(INDEXES, -1);
		for (int i = 0; i < ALPHABET.length; i++) {
			INDEXES[ALPHABET[i]] = i;
		}
	}

	private Multibase() {
	}

	/** Encodes bytes as multibase base58btc, {@code z} followed by base58. */
	static String encode(byte[] data) {
		return BASE58BTC + base58(data);
	}

	/**
	 * Decodes a multibase base58btc string.
	 * @param value the multibase string
	 * @param reason the reason to report if it is not base58btc
	 * @return the decoded bytes
	 * @throws CredentialException if the value is not {@code z} followed by base58
	 */
	static byte[] decode(String value, Reason reason) throws CredentialException {
		if (value.isEmpty() || value.charAt(0) != BASE58BTC) {
			throw new CredentialException(reason,
					"Expected a multibase base58btc value starting with 'z' but got '" + abbreviate(value) + "'");
		}
		return base58(value.substring(1), reason);
	}

	static String base58(byte[] data) {
		int zeros = 0;
		while (zeros < data.length && data[zeros] == 0) {
			zeros++;
		}
		byte[] input = Arrays.copyOf(data, data.length);
		char[] encoded = new char[data.length * 2];
		int out = encoded.length;
		int start = zeros;
		while (start < input.length) {
			encoded[--out] = ALPHABET[divmod(input, start, 256, 58)];
			if (input[start] == 0) {
				start++;
			}
		}
		while (out < encoded.length && encoded[out] == ALPHABET[0]) {
			out++;
		}
		while (--zeros >= 0) {
			encoded[--out] = ALPHABET[0];
		}
		return new String(encoded, out, encoded.length - out);
	}

	static byte[] base58(String text, Reason reason) throws CredentialException {
		int zeros = 0;
		while (zeros < text.length() && text.charAt(zeros) == ALPHABET[0]) {
			zeros++;
		}
		// the number in 32-bit limbs, least significant first: 58^n < 2^(6n)
		int[] limbs = new int[(text.length() * 6 + 31) / 32];
		int used = 0;
		for (int i = zeros; i < text.length(); i++) {
			char c = text.charAt(i);
			int digit = (c < 128) ? INDEXES[c] : -1;
			if (digit < 0) {
				throw new CredentialException(reason, "Expected a base58btc character but got '" + c + "' at " + i);
			}
			long carry = digit;
			for (int limb = 0; limb < used; limb++) {
				carry += (limbs[limb] & 0xFFFFFFFFL) * 58;
				limbs[limb] = (int) carry;
				carry >>>= 32;
			}
			if (carry != 0) {
				limbs[used++] = (int) carry;
			}
		}
		return bigEndian(limbs, used, zeros);
	}

	/** {@code zeros} zero bytes, then the number without leading zero bytes. */
	private static byte[] bigEndian(int[] limbs, int used, int zeros) {
		int length = used * 4;
		while (length > 0 && (limbs[(length - 1) / 4] >>> (8 * ((length - 1) % 4)) & 0xFF) == 0) {
			length--;
		}
		byte[] bytes = new byte[zeros + length];
		for (int i = 0; i < length; i++) {
			bytes[bytes.length - 1 - i] = (byte) (limbs[i / 4] >>> (8 * (i % 4)));
		}
		return bytes;
	}

	/** Divides the number in {@code number[start..]} (in {@code base}) in place. */
	private static byte divmod(byte[] number, int start, int base, int divisor) {
		int remainder = 0;
		for (int i = start; i < number.length; i++) {
			int digit = number[i] & 0xFF;
			int temp = remainder * base + digit;
			number[i] = (byte) (temp / divisor);
			remainder = temp % divisor;
		}
		return (byte) remainder;
	}

	static String abbreviate(String value) {
		return (value.length() <= 64) ? value : value.substring(0, 61) + "...";
	}

}
