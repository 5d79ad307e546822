package org.consentregistry.blocker.robots;

import java.util.List;

/**
 * Decides one (user agent, path) question over parsed lines, as Google's
 * {@code RobotsMatcher} does: the groups naming the agent (by its product token,
 * case-insensitively) are merged, else the {@code *} groups are; of the matching rules
 * the longest pattern wins and allow wins a tie (RFC 9309 §2.2.2). Consecutive
 * {@code user-agent} lines open one group; a rule line closes the list of agents.
 */
final class RobotsMatcher {

	private static final int NO_MATCH = -1;

	private final String agent;

	private final String path;

	private boolean seenGlobal;

	private boolean seenSpecific;

	private boolean everSeenSpecific;

	private boolean seenSeparator;

	private int allowGlobal = NO_MATCH;

	private int disallowGlobal = NO_MATCH;

	private int allowSpecific = NO_MATCH;

	private int disallowSpecific = NO_MATCH;

	private RobotsMatcher(String agent, String path) {
		this.agent = agent;
		this.path = path;
	}

	/** Whether {@code agent} may fetch {@code path} (which starts with '/'). */
	static boolean allowed(List<RobotsLine> lines, String agent, String path) {
		RobotsMatcher matcher = new RobotsMatcher(agent, path);
		for (RobotsLine line : lines) {
			switch (line.kind()) {
				case USER_AGENT -> matcher.userAgent(line.value());
				case ALLOW -> matcher.rule(line.value(), true);
				case DISALLOW -> matcher.rule(line.value(), false);
				default -> {
				}
			}
		}
		return !matcher.disallowed();
	}

	private void userAgent(String value) {
		if (this.seenSeparator) {
			this.seenSpecific = false;
			this.seenGlobal = false;
			this.seenSeparator = false;
		}
		if (!value.isEmpty() && value.charAt(0) == '*'
				&& (value.length() == 1 || RobotsParser.isSpace(value.charAt(1)))) {
			this.seenGlobal = true;
		}
		else if (productToken(value).equalsIgnoreCase(this.agent)) {
			this.seenSpecific = true;
			this.everSeenSpecific = true;
		}
	}

	private void rule(String pattern, boolean allow) {
		if (!this.seenGlobal && !this.seenSpecific) {
			return;
		}
		this.seenSeparator = true;
		int priority = PathPattern.matches(this.path, pattern) ? pattern.length() : NO_MATCH;
		if (priority < 0) {
			if (allow) {
				allowIndexPage(pattern);
			}
			return;
		}
		if (this.seenSpecific) {
			if (allow) {
				this.allowSpecific = Math.max(this.allowSpecific, priority);
			}
			else {
				this.disallowSpecific = Math.max(this.disallowSpecific, priority);
			}
		}
		else if (allow) {
			this.allowGlobal = Math.max(this.allowGlobal, priority);
		}
		else {
			this.disallowGlobal = Math.max(this.disallowGlobal, priority);
		}
	}

	/**
	 * Google-specific: {@code Allow: /dir/index.htm(l)} also allows {@code /dir/}.
	 */
	private void allowIndexPage(String pattern) {
		int slash = pattern.lastIndexOf('/');
		if (slash >= 0 && pattern.startsWith("/index.htm", slash)) {
			rule(pattern.substring(0, slash + 1) + "$", true);
		}
	}

	private boolean disallowed() {
		if (this.allowSpecific > 0 || this.disallowSpecific > 0) {
			return this.disallowSpecific > this.allowSpecific;
		}
		if (this.everSeenSpecific) {
			return false;
		}
		if (this.disallowGlobal > 0 || this.allowGlobal > 0) {
			return this.disallowGlobal > this.allowGlobal;
		}
		return false;
	}

	/** The product token: the leading letters, '_' and '-' (RFC 9309 §2.2.1). */
	static String productToken(String userAgent) {
		int end = 0;
		while (end < userAgent.length() && isTokenChar(userAgent.charAt(end))) {
			end++;
		}
		return userAgent.substring(0, end);
	}

	private static boolean isTokenChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
	}

}
