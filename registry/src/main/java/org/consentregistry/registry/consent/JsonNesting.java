package org.consentregistry.registry.consent;

import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

/**
 * A cheap pre-check of untrusted JSON before any parser sees it: refuses nesting deeper
 * than a bound, so that no recursive parser or JSON-LD processor can be driven into a
 * stack overflow.
 */
final class JsonNesting {

	private JsonNesting() {
	}

	/**
	 * Checks that arrays and objects nest at most {@code maxDepth} deep (brackets inside
	 * strings do not count).
	 * @throws ProblemException {@code malformed-credential} if they nest deeper
	 */
	static void check(byte[] json, int maxDepth) {
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < json.length; i++) {
			byte b = json[i];
			if (inString) {
				if (b == '\\') {
					i++;
				}
				else if (b == '"') {
					inString = false;
				}
			}
			else if (b == '"') {
				inString = true;
			}
			else if (b == '{' || b == '[') {
				if (++depth > maxDepth) {
					throw new ProblemException(Problem.MALFORMED_CREDENTIAL,
							"Expected JSON nested at most " + maxDepth + " levels deep but it nests deeper");
				}
			}
			else if (b == '}' || b == ']') {
				depth--;
			}
		}
	}

}
