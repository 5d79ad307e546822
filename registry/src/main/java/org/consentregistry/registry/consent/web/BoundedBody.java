package org.consentregistry.registry.consent.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

/**
 * Reads a request body up to a limit, refusing a larger one as soon as it is known to be
 * larger: from its declared length before reading anything, else while reading.
 */
final class BoundedBody {

	private BoundedBody() {
	}

	static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			throw tooLarge(maxBytes, declared + " bytes");
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (body.length > maxBytes) {
			throw tooLarge(maxBytes, "more");
		}
		if (body.length == 0) {
			throw new ProblemException(Problem.MALFORMED_CREDENTIAL, "Expected a credential but the body is empty");
		}
		return body;
	}

	private static ProblemException tooLarge(long maxBytes, String actual) {
		return new ProblemException(Problem.BODY_TOO_LARGE,
				"Expected a body of at most " + maxBytes + " bytes but it has " + actual)
			.with("maxBytes", maxBytes);
	}

}
