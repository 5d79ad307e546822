package org.consentregistry.blocker.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A normalised URL with the positions the lookups need, so that hosts and origins are
 * hashed in place rather than copied.
 *
 * @param url the normal form
 * @param hostStart where the host starts
 * @param hostEnd where the host ends
 * @param pathStart where the path starts (the end of the origin, after any port)
 * @param ipHost whether the host is an IP address (it has no parent domains)
 * @param ascii the normal form's bytes if it is ASCII (as normal forms are), for
 * {@link Fingerprints#of(long, byte[], int, int)}; else {@code null}
 */
record UrlView(String url, int hostStart, int hostEnd, int pathStart, boolean ipHost, byte @Nullable [] ascii) {

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

	/** The fingerprint of the part of the normal form from {@code from} to {@code to}. */
	long fingerprint(long seed, int from, int to) {
		return (this.ascii != null) ? Fingerprints.of(seed, this.ascii, from, to)
				: Fingerprints.of(seed, this.url, from, to);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof UrlView view && this.url.equals(view.url) && this.hostStart == view.hostStart
				&& this.hostEnd == view.hostEnd && this.pathStart == view.pathStart && this.ipHost == view.ipHost
				&& Arrays.equals(this.ascii, view.ascii);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.url, this.hostStart, this.hostEnd, this.pathStart, this.ipHost);
	}

	@Override
	public String toString() {
		return "UrlView[" + this.url + ", host " + this.hostStart + ".." + this.hostEnd + ", path " + this.pathStart
				+ (this.ipHost ? ", IP]" : "]");
	}

}
