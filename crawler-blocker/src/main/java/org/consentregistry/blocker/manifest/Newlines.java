package org.consentregistry.blocker.manifest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Finding and counting {@code \n} bytes eight at a time (SWAR). */
final class Newlines {

	private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

	private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

	private Newlines() {
	}

	/**
	 * The high bit of each byte of {@code word} that is {@code \n}, exactly (no borrow
	 * from one byte into the next).
	 */
	private static long marks(long word) {
		long x = word ^ NEWLINES;
		return ~(((x & LOW7) + LOW7) | x | LOW7);
	}

	/** The index of the first {@code \n} from {@code from} to {@code to}, or -1. */
	static int indexOf(byte[] b, int from, int to) {
		int i = from;
		for (; i + 8 <= to; i += 8) {
			long marks = marks((long) LONG_LE.get(b, i));
			if (marks != 0) {
				return i + (Long.numberOfTrailingZeros(marks) >>> 3);
			}
		}
		for (; i < to; i++) {
			if (b[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** The index of the last {@code \n} from {@code from} to {@code to}, or -1. */
	static int lastIndexOf(byte[] b, int from, int to) {
		for (int i = to - 1; i >= from; i--) {
			if (b[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** How many {@code \n} there are from {@code from} to {@code to}. */
	static int count(byte[] b, int from, int to) {
		int count = 0;
		int i = from;
		for (; i + 8 <= to; i += 8) {
			count += Long.bitCount(marks((long) LONG_LE.get(b, i)));
		}
		for (; i < to; i++) {
			count += (b[i] == '\n') ? 1 : 0;
		}
		return count;
	}

}
