package org.consentregistry.blocker.manifest;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer written by one thread (unlike
 * {@link java.io.ByteArrayOutputStream}, without locks), read through {@link #array()}
 * and {@link #size()}.
 */
final class Bytes extends OutputStream {

	private byte[] array;

	private int size;

	Bytes(int capacity) {
		this.array = new byte[Math.max(16, capacity)];
	}

	@Override
	public void write(int b) {
		if (this.size == this.array.length) {
			grow(1);
		}
		this.array[this.size++] = (byte) b;
	}

	@Override
	public void write(byte[] b, int off, int len) {
		if (this.size + len > this.array.length) {
			grow(len);
		}
		System.arraycopy(b, off, this.array, this.size, len);
		this.size += len;
	}

	private void grow(int more) {
		this.array = Arrays.copyOf(this.array, Math.max(this.array.length * 2, this.size + more));
	}

	byte[] array() {
		return this.array;
	}

	int size() {
		return this.size;
	}

}
