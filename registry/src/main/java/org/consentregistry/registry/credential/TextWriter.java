package org.consentregistry.registry.credential;

import java.io.Writer;

/**
 * A writer to memory without the locking of {@code StringWriter}, which takes a lock for
 * every character that the N-Quads writer writes (N-Quads writing was a fifth of a
 * verification's time).
 */
final class TextWriter extends Writer {

	private final StringBuilder text = new StringBuilder(4096);

	@Override
	public void write(int c) {
		this.text.append((char) c);
	}

	@Override
	public void write(char[] chars, int offset, int length) {
		this.text.append(chars, offset, length);
	}

	@Override
	public void write(String string, int offset, int length) {
		this.text.append(string, offset, offset + length);
	}

	@Override
	public Writer append(CharSequence chars) {
		this.text.append(chars);
		return this;
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
