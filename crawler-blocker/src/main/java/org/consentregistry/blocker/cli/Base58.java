package org.consentregistry.blocker.cli;

import java.math.BigInteger;

/** Bitcoin base58 (the alphabet of multibase base58btc, prefix {@code z}). */
final class Base58 {

	private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

	private static final BigInteger BASE = BigInteger.valueOf(58);

	private Base58() {
	}

	static String encode(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		BigInteger value = new BigInteger(1, bytes);
		while (value.signum() > 0) {
			BigInteger[] qr = value.divideAndRemainder(BASE);
			out.append(ALPHABET.charAt(qr[1].intValue()));
			value = qr[0];
		}
		for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
			out.append('1');
		}
		return out.reverse().toString();
	}

	static byte[] decode(String text) {
		BigInteger value = BigInteger.ZERO;
		for (int i = 0; i < text.length(); i++) {
			int digit = ALPHABET.indexOf(text.charAt(i));
			if (digit < 0) {
				throw new IllegalArgumentException("expected base58 characters, got '" + text.charAt(i) + "'");
			}
			value = value.multiply(BASE).add(BigInteger.valueOf(digit));
		}
		byte[] magnitude = value.toByteArray();
		int skip = (magnitude.length > 1 && magnitude[0] == 0) ? 1 : 0;
		if (value.signum() == 0) {
			magnitude = new byte[0];
			skip = 0;
		}
		int zeros = 0;
		while (zeros < text.length() && text.charAt(zeros) == '1') {
			zeros++;
		}
		byte[] out = new byte[zeros + magnitude.length - skip];
		System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
		return out;
	}

}
