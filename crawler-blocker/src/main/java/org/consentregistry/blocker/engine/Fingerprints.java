package org.consentregistry.blocker.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * 64-bit fingerprints of normalised URLs, hosts and SHA-256 hashes. Normal forms are
 * ASCII, so four characters fill one 64-bit lane; each lane goes through an xxHash64
 * round and the result through the MurmurHash3 finaliser, so that every input bit affects
 * every output bit. Not a cryptographic hash: see {@code docs/design/engine.md} on
 * collisions.
 */
final class Fingerprints {

	/** The seed of exact-URL fingerprints in format version 1. */
	static final long EXACT_URL = 0x6578616374L;

	/** The seed of domain (host) fingerprints. */
	static final long DOMAIN = 0x646f6d61696eL;

	/** The seed of URL-origin fingerprints (prefix groups). */
	static final long ORIGIN = 0x6f726967696eL;

	private static final long P1 = 0x9E3779B185EBCA87L;

	private static final long P2 = 0xC2B2AE3D27D4EB4FL;

	private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

	private Fingerprints() {
	}

	/** The fingerprint of {@code s} from {@code from} (inclusive) to {@code to}. */
	static long of(long seed, CharSequence s, int from, int to) {
		long h = seed + P1 * (to - from);
		int i = from;
		for (; i + 4 <= to; i += 4) {
			long lane = s.charAt(i) | ((long) s.charAt(i + 1) << 16) | ((long) s.charAt(i + 2) << 32)
					| ((long) s.charAt(i + 3) << 48);
			h = Long.rotateLeft(h + lane * P2, 31) * P1;
		}
		if (i < to) {
			long lane = 0;
			for (int shift = 0; i < to; i++, shift += 16) {
				lane |= (long) s.charAt(i) << shift;
			}
			h = Long.rotateLeft(h + lane * P2, 31) * P1;
		}
		return mix(h);
	}

	/**
	 * The fingerprint of the ASCII bytes {@code b} from {@code from} (inclusive) to
	 * {@code to}: the same as {@link #of(long, CharSequence, int, int)} of the same
	 * characters, four bytes read at once and spread into the four 16-bit slots of a
	 * lane.
	 */
	static long of(long seed, byte[] b, int from, int to) {
		long h = seed + P1 * (to - from);
		int i = from;
		for (; i + 4 <= to; i += 4) {
			long lane = (int) INT_LE.get(b, i) & 0xFFFFFFFFL;
			lane = (lane | (lane << 16)) & 0x0000FFFF0000FFFFL;
			lane = (lane | (lane << 8)) & 0x00FF00FF00FF00FFL;
			h = Long.rotateLeft(h + lane * P2, 31) * P1;
		}
		if (i < to) {
			long lane = 0;
			for (int shift = 0; i < to; i++, shift += 16) {
				lane |= (long) (b[i] & 0xFF) << shift;
			}
			h = Long.rotateLeft(h + lane * P2, 31) * P1;
		}
		return mix(h);
	}

	/** The fingerprint of a whole string. */
	static long of(long seed, CharSequence s) {
		return of(seed, s, 0, s.length());
	}

	/**
	 * The fingerprint of a lower-case 64-digit hex SHA-256: its first 16 hex digits,
	 * which are uniformly distributed already.
	 */
	static long sha256(String hex) {
		return Long.parseUnsignedLong(hex, 0, 16, 16);
	}

	/** The MurmurHash3 64-bit finaliser. */
	static long mix(long h) {
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return h;
	}

}
