package org.consentregistry.blocker.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A normalised URL with the positions the lookups need, so that hosts and origins are
 * hashed in place rather than copied. A view is either fixed (made with {@link #of}, for
 * building indexes and tests) or a per-thread scratch view that {@link FastUrls#scan}
 * refills for every decision, whose string is only made when evidence needs it, so that a
 * decision that matches nothing allocates nothing.
 */
final class UrlView {

	private @Nullable String url;

	/**
	 * The normal form's ASCII bytes (from 0 to {@link #length}), or {@code null} if it is
	 * not ASCII.
	 */
	private byte @Nullable [] ascii;

	private int length;

	private int hostStart;

	private int hostEnd;

	private int pathStart;

	private boolean ipHost;

	/** Whether a decision is using this scratch view (decisions do not nest). */
	boolean busy;

	/** A scratch view for {@link FastUrls#scan}. */
	UrlView() {
		this.ascii = new byte[256];
	}

	UrlView(String url, int hostStart, int hostEnd, int pathStart, boolean ipHost, byte @Nullable [] ascii) {
		set(url, url.length(), hostStart, hostEnd, pathStart, ipHost);
		this.ascii = ascii;
	}

	/** A view of a normal form known to be ASCII. */
	static UrlView ofAscii(String url, int hostStart, int hostEnd, int pathStart, boolean ipHost) {
		return new UrlView(url, hostStart, hostEnd, pathStart, ipHost, url.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** A view of a normal form, with its bytes only if it is ASCII. */
	static UrlView of(String url, int hostStart, int hostEnd, int pathStart, boolean ipHost) {
		for (int i = 0; i < url.length(); i++) {
			if (url.charAt(i) >= 0x80) {
				return new UrlView(url, hostStart, hostEnd, pathStart, ipHost, null);
			}
		}
		return ofAscii(url, hostStart, hostEnd, pathStart, ipHost);
	}

	/**
	 * Sets the positions; {@code url} is the normal form, or {@code null} if it is in the
	 * scratch bytes only.
	 */
	void set(@Nullable String url, int length, int hostStart, int hostEnd, int pathStart, boolean ipHost) {
		this.url = url;
		this.length = length;
		this.hostStart = hostStart;
		this.hostEnd = hostEnd;
		this.pathStart = pathStart;
		this.ipHost = ipHost;
	}

	/** The scratch bytes, with room for at least {@code capacity}. */
	byte[] scratch(int capacity) {
		byte[] bytes = this.ascii;
		if (bytes == null || bytes.length < capacity) {
			bytes = new byte[Math.max(capacity, 256)];
			this.ascii = bytes;
		}
		return bytes;
	}

	/** The normal form (made from the bytes on first use). */
	String url() {
		String u = this.url;
		if (u == null) {
			u = new String(Objects.requireNonNull(this.ascii), 0, this.length, StandardCharsets.ISO_8859_1);
			this.url = u;
		}
		return u;
	}

	int length() {
		return this.length;
	}

	int hostStart() {
		return this.hostStart;
	}

	int hostEnd() {
		return this.hostEnd;
	}

	int pathStart() {
		return this.pathStart;
	}

	boolean ipHost() {
		return this.ipHost;
	}

	/** A copy of the normal form's bytes if it is ASCII, else {@code null}. */
	byte @Nullable [] ascii() {
		return (this.ascii != null) ? Arrays.copyOf(this.ascii, this.length) : null;
	}

	/** The fingerprint of the part of the normal form from {@code from} to {@code to}. */
	long fingerprint(long seed, int from, int to) {
		byte[] bytes = this.ascii;
		return (bytes != null) ? Fingerprints.of(seed, bytes, from, to) : Fingerprints.of(seed, url(), from, to);
	}

	/** Where the last {@code c} at or before {@code from} is, or -1. */
	int lastIndexOf(char c, int from) {
		byte[] bytes = this.ascii;
		if (bytes == null) {
			return url().lastIndexOf(c, from);
		}
		for (int i = Math.min(from, this.length - 1); i >= 0; i--) {
			if (bytes[i] == c) {
				return i;
			}
		}
		return -1;
	}

	/** Where the first {@code c} at or after {@code from} is, or -1. */
	int indexOf(char c, int from) {
		byte[] bytes = this.ascii;
		if (bytes == null) {
			return url().indexOf(c, from);
		}
		for (int i = Math.max(from, 0); i < this.length; i++) {
			if (bytes[i] == c) {
				return i;
			}
		}
		return -1;
	}

	/** Whether the normal form has {@code other} at {@code start}. */
	boolean regionMatches(int start, String other) {
		byte[] bytes = this.ascii;
		if (bytes == null) {
			return url().regionMatches(start, other, 0, other.length());
		}
		if (start < 0 || start + other.length() > this.length) {
			return false;
		}
		for (int i = 0; i < other.length(); i++) {
			if (bytes[start + i] != other.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Compares the normal form with {@code other} as {@link String#compareTo} would,
	 * without making the string.
	 */
	int compareTo(String other) {
		byte[] bytes = this.ascii;
		if (bytes == null) {
			return url().compareTo(other);
		}
		int common = Math.min(this.length, other.length());
		for (int i = 0; i < common; i++) {
			int difference = bytes[i] - other.charAt(i);
			if (difference != 0) {
				return difference;
			}
		}
		return this.length - other.length();
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof UrlView view && url().equals(view.url()) && this.hostStart == view.hostStart
				&& this.hostEnd == view.hostEnd && this.pathStart == view.pathStart && this.ipHost == view.ipHost
				&& Arrays.equals(ascii(), view.ascii());
	}

	@Override
	public int hashCode() {
		return Objects.hash(url(), this.hostStart, this.hostEnd, this.pathStart, this.ipHost);
	}

	@Override
	public String toString() {
		return "UrlView[" + url() + ", host " + this.hostStart + ".." + this.hostEnd + ", path " + this.pathStart
				+ (this.ipHost ? ", IP]" : "]");
	}

}
