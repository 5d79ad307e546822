package org.consentregistry.registry.consent.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.consentregistry.registry.consent.RecordQuery;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a record listing, checked: an issuer DID, a work IRI, and a bounded
 * page.
 */
final class RecordListing {

	static final int MAX_LIMIT = 100;

	static final int MAX_OFFSET = 100_000;

	private RecordListing() {
	}

	static RecordQuery query(@Nullable String issuer, @Nullable String work, String limit, String offset) {
		if (issuer != null && !issuer.matches("did:[a-z0-9]+:\\S+")) {
			throw ProblemException.invalidParameter("issuer", "a DID such as did:key:z6Mk…", issuer);
		}
		if (work != null && !isAbsoluteIri(work)) {
			throw ProblemException.invalidParameter("work", "an absolute IRI", work);
		}
		return new RecordQuery(issuer, work, bounded("limit", limit, 1, MAX_LIMIT),
				bounded("offset", offset, 0, MAX_OFFSET));
	}

	static int bounded(String name, String value, int min, int max) {
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ProblemException.invalidParameter(name, "an integer from " + min + " to " + max, value);
	}

	private static boolean isAbsoluteIri(String text) {
		try {
			return new URI(text).isAbsolute();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
