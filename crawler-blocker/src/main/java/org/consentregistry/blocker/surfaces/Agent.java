package org.consentregistry.blocker.surfaces;

/**
 * An AI crawler of the maintained list.
 *
 * @param token the user-agent token as the list spells it (robots.txt matches it exactly,
 * case-insensitively, never as a substring)
 * @param function what it crawls for
 * @param operator who runs it, as the list says
 */
public record Agent(String token, AgentFunction function, String operator) {

	/**
	 * Whether the token is a plain name that can stand in a robots.txt line or a server
	 * config regular expression: letters, digits, {@code . _ / -} and inner spaces only.
	 */
	public boolean plain() {
		return this.token.matches("[A-Za-z0-9._/-]+( [A-Za-z0-9._/-]+)*");
	}

}
