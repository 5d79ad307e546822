package org.consentregistry.registry.control;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.url.NormalizedUrl;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.consentregistry.registry.consent.CR;

/**
 * The ways to prove control, and which identifiers each proves (see
 * {@code docs/creators-guide.md}, "Proving you control your site"):
 * <ul>
 * <li>{@code dns}: a TXT record at {@code _consent-registry.<host>}. Whoever controls a
 * DNS name controls every name under it, so DNS alone proves a domain with its
 * subdomains; it also proves the domain alone and any URL prefix on that host.</li>
 * <li>{@code http}: the value at {@code /.well-known/consent-registry/<token>} on the
 * host. Proves the host: a domain without subdomains, and any URL prefix on it.</li>
 * <li>{@code meta}: a meta tag in the head of one page. The site's root page proves the
 * domain without subdomains; the page at a URL prefix that ends in {@code /} (a
 * directory, as on shared hosting) proves that prefix. A page deeper down proves nothing
 * broader than itself, and a prefix that is not a directory cannot be proven with a meta
 * tag.</li>
 * </ul>
 * IP-address hosts cannot be proven with DNS.
 */
public enum ControlMethod {

	/** A TXT record under the domain. */
	DNS(CR.DnsTxt),

	/** A file at a well-known path on the host. */
	HTTP(CR.HttpWellKnown),

	/** A meta tag in the head of the page. */
	META(CR.MetaTag);

	/** The well-known path prefix; the token follows. */
	static final String WELL_KNOWN = "/.well-known/consent-registry/";

	/** The label under which the TXT record is published. */
	static final String DNS_LABEL = "_consent-registry.";

	private final Node node;

	ControlMethod(Node node) {
		this.node = node;
	}

	/** The wire form: {@code dns}, {@code http} or {@code meta}. */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	Node node() {
		return this.node;
	}

	public static Optional<ControlMethod> of(String token) {
		for (ControlMethod method : values()) {
			if (method.token().equalsIgnoreCase(token.trim())) {
				return Optional.of(method);
			}
		}
		return Optional.empty();
	}

	static Optional<ControlMethod> of(Node node) {
		for (ControlMethod method : values()) {
			if (method.node.equals(node)) {
				return Optional.of(method);
			}
		}
		return Optional.empty();
	}

	/** Whether this method can prove control of {@code claimed}. */
	public boolean proves(Identifier claimed) {
		if (claimed instanceof Identifier.Domain domain) {
			return (this == DNS) ? !isIp(domain.host()) : !domain.includeSubdomains();
		}
		if (claimed instanceof Identifier.UrlPrefix prefix) {
			NormalizedUrl url = parse(prefix.prefix());
			return switch (this) {
				case DNS -> !isIp(url.host());
				case HTTP -> true;
				case META -> url.path().endsWith("/") && url.query() == null;
			};
		}
		return false;
	}

	/**
	 * Where the value must be published for {@code claimed}: a DNS name, or the URL the
	 * registry fetches.
	 */
	public String where(Identifier claimed, String token, ControlProperties settings) {
		if (this == DNS) {
			return DNS_LABEL + host(claimed);
		}
		String origin = origin(claimed, settings);
		if (this == HTTP) {
			return origin + WELL_KNOWN + token;
		}
		return (claimed instanceof Identifier.UrlPrefix)
				? origin + parse(((Identifier.UrlPrefix) claimed).prefix()).path() : origin + "/";
	}

	private static String origin(Identifier claimed, ControlProperties settings) {
		String scheme = settings.scheme();
		if (claimed instanceof Identifier.Domain domain) {
			Integer port = settings.webPort();
			return scheme + "://" + domain.host() + ((port != null) ? ":" + port : "");
		}
		NormalizedUrl url = parse(((Identifier.UrlPrefix) claimed).prefix());
		boolean samePort = url.scheme().equals(scheme) && url.port() >= 0;
		return scheme + "://" + url.host() + (samePort ? ":" + url.port() : "");
	}

	private static String host(Identifier claimed) {
		return (claimed instanceof Identifier.Domain domain) ? domain.host()
				: parse(((Identifier.UrlPrefix) claimed).prefix()).host();
	}

	static NormalizedUrl parse(String url) {
		try {
			return UrlNormalizer.parse(url);
		}
		catch (UrlFormatException ex) {
			throw new IllegalArgumentException("Expected a normalised URL but got " + url, ex);
		}
	}

	static boolean isIp(String host) {
		return host.startsWith("[") || host.chars().allMatch((c) -> c == '.' || (c >= '0' && c <= '9'));
	}

}
