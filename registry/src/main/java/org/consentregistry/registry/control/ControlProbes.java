package org.consentregistry.registry.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.consentregistry.registry.system.Problem;

/**
 * Looks for a claim's value by one method: in DNS, at the well-known path, or in the
 * page's meta tags. Throws the reason when it is not there.
 */
final class ControlProbes {

	private final ControlProperties settings;

	private final GuardedHttp http;

	private final DnsTxt dns;

	ControlProbes(ControlProperties settings, GuardedHttp http, DnsTxt dns) {
		this.settings = settings;
		this.http = http;
		this.dns = dns;
	}

	/**
	 * Finds the claim's value by {@code method}.
	 * @return what was found where
	 * @throws ControlCheckException if it is not there, or cannot be looked at
	 */
	String probe(ControlClaim claim, ControlMethod method) throws ControlCheckException {
		String where = method.where(claim.identifier(), claim.token(), this.settings);
		String expected = claim.keyAuthorization();
		return switch (method) {
			case DNS -> dns(where, expected);
			case HTTP -> wellKnown(where, expected);
			case META -> meta(claim.identifier(), where, expected);
		};
	}

	private String dns(String name, String expected) throws ControlCheckException {
		List<String> values = this.dns.lookup(name);
		if (values.stream().anyMatch((value) -> KeyAuthorization.matches(value, expected))) {
			return "TXT record at " + name;
		}
		throw notFound("a TXT record '" + expected + "' at " + name, values.size() + " other TXT records");
	}

	private String wellKnown(String url, String expected) throws ControlCheckException {
		GuardedHttp.Fetched fetched = this.http.get(URI.create(url), (next) -> true);
		if (fetched.truncated()) {
			throw tooLarge(fetched.uri());
		}
		String body = new String(fetched.body(), StandardCharsets.ISO_8859_1);
		if (KeyAuthorization.matches(body, expected)) {
			return "value at " + fetched.uri();
		}
		throw notFound("'" + expected + "' at " + url, "a body of " + fetched.body().length + " bytes");
	}

	private String meta(Identifier claimed, String page, String expected) throws ControlCheckException {
		URI start = URI.create(page);
		Predicate<URI> within = (claimed instanceof Identifier.Domain)
				? (next) -> start.getHost().equals(next.getHost()) : (next) -> normalized(next).startsWith(page);
		GuardedHttp.Fetched fetched = this.http.get(start, within);
		List<String> values = MetaTags.verificationValues(fetched.body());
		if (values.stream().anyMatch((value) -> KeyAuthorization.matches(value, expected))) {
			return "meta tag on " + fetched.uri();
		}
		if (fetched.truncated()) {
			throw tooLarge(fetched.uri());
		}
		throw notFound("<meta name=\"" + MetaTags.NAME + "\" content=\"" + expected + "\"> in the head of " + page,
				values.size() + " other verification meta tags");
	}

	private static String normalized(URI uri) {
		try {
			return UrlNormalizer.normalize(uri.toString());
		}
		catch (UrlFormatException ex) {
			return "";
		}
	}

	private ControlCheckException tooLarge(URI uri) {
		return new ControlCheckException(Problem.RESPONSE_TOO_LARGE, "Expected the value within the first "
				+ this.settings.maxBodySize().toBytes() + " bytes from " + uri + " but the body is longer");
	}

	private static ControlCheckException notFound(String expected, String actual) {
		return new ControlCheckException(Problem.TOKEN_NOT_FOUND, "Expected " + expected + " but found " + actual);
	}

}
