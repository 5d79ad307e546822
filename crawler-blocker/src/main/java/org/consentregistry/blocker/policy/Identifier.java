package org.consentregistry.blocker.policy;

/**
 * Something a consent record claims: an exact URL, a URL prefix, a domain (optionally
 * with its subdomains) or the SHA-256 of a file's bytes. URL forms are held normalised.
 */
public sealed interface Identifier
		permits Identifier.ExactUrl, Identifier.UrlPrefix, Identifier.Domain, Identifier.Sha256 {

	/** The kind of match this identifier gives, most specific first. */
	MatchKind kind();

	/** A normalised exact URL. */
	record ExactUrl(String url) implements Identifier {
		@Override
		public MatchKind kind() {
			return MatchKind.EXACT_URL;
		}
	}

	/** A normalised URL prefix: matches every URL that starts with it. */
	record UrlPrefix(String prefix) implements Identifier {
		@Override
		public MatchKind kind() {
			return MatchKind.URL_PREFIX;
		}
	}

	/** An ASCII (IDNA) lower-case host name, with or without its subdomains. */
	record Domain(String host, boolean includeSubdomains) implements Identifier {
		@Override
		public MatchKind kind() {
			return MatchKind.DOMAIN;
		}
	}

	/** The lower-case hex SHA-256 of a file's bytes. */
	record Sha256(String hex) implements Identifier {
		@Override
		public MatchKind kind() {
			return MatchKind.SHA256;
		}
	}

	/** How a record's identifier matched the identifier asked about. */
	enum MatchKind {

		/** The same normalised URL. */
		EXACT_URL,

		/** The same content hash. */
		SHA256,

		/** A URL prefix of the URL asked about. */
		URL_PREFIX,

		/** The URL's host, or a parent domain of it when subdomains are included. */
		DOMAIN

	}

}
