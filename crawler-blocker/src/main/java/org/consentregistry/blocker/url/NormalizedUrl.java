package org.consentregistry.blocker.url;

import org.jspecify.annotations.Nullable;

/**
 * An http or https URL in normal form (see {@link UrlNormalizer}).
 *
 * @param scheme {@code http} or {@code https}
 * @param host the lower-case ASCII host name, an IPv4 address, or an IPv6 address in
 * brackets
 * @param port the port, or {@code -1} for the scheme's default port
 * @param path the path, never empty, always starting with {@code /}
 * @param query the query without its {@code ?}, or {@code null} if there is none
 */
public record NormalizedUrl(String scheme, String host, int port, String path, @Nullable String query) {

	/** Whether the host is an IP address rather than a domain name. */
	public boolean hostIsIpAddress() {
		return Hosts.isIpAddress(this.host);
	}

	/** The URL as one string, e.g. {@code https://art.example/works/a.jpg?size=2}. */
	@Override
	public String toString() {
		StringBuilder url = new StringBuilder(this.scheme.length() + this.host.length() + this.path.length() + 16);
		url.append(this.scheme).append("://").append(this.host);
		if (this.port >= 0) {
			url.append(':').append(this.port);
		}
		url.append(this.path);
		if (this.query != null) {
			url.append('?').append(this.query);
		}
		return url.toString();
	}

}
