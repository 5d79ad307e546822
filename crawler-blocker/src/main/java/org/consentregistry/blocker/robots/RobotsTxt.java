package org.consentregistry.blocker.robots;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed robots.txt file (RFC 9309), read leniently and matched as Google's open-source
 * parser does. Immutable and thread-safe.
 */
public final class RobotsTxt {

	private final List<RobotsLine> lines;

	private RobotsTxt(List<RobotsLine> lines) {
		this.lines = List.copyOf(lines);
	}

	/** Parses {@code body}; never throws on content. */
	public static RobotsTxt parse(byte[] body) {
		return new RobotsTxt(RobotsParser.parse(body));
	}

	/** Parses {@code body}, encoded as UTF-8. */
	public static RobotsTxt parse(String body) {
		return parse(body.getBytes(StandardCharsets.UTF_8));
	}

	/** The lines that have a key, in order. */
	public List<RobotsLine> lines() {
		return this.lines;
	}

	/**
	 * Whether the crawler {@code userAgent} may fetch {@code url}.
	 * @param userAgent the product token of the crawler, e.g. {@code GPTBot}; compared
	 * case-insensitively with the tokens of its {@code user-agent} lines
	 * @param url an absolute URL or a path; only its path, parameters and query count
	 * @return whether the file allows the fetch
	 */
	public boolean allowed(String userAgent, String url) {
		return RobotsMatcher.allowed(this.lines, userAgent, pathParamsQuery(bytes(url)));
	}

	/**
	 * The values of the {@code key} lines (case-insensitive) in the groups that apply to
	 * {@code userAgent} (its own groups, else the {@code *} groups), e.g. the
	 * {@code Content-Usage} lines for a crawler.
	 */
	public List<String> groupValues(String userAgent, String key) {
		return GroupExtensions.values(this.lines, userAgent, key);
	}

	/**
	 * The product token of a user-agent string (RFC 9309 §2.2.1): its leading letters,
	 * {@code _} and {@code -}. A crawler asks with its product token; a name with digits
	 * such as {@code AI2Bot} is, to RFC 9309 and Google, the token {@code AI}.
	 */
	public static String productToken(String userAgent) {
		return RobotsMatcher.productToken(userAgent);
	}

	/** The URL's path, parameters and query, as Google's {@code GetPathParamsQuery}. */
	static String pathParamsQuery(String url) {
		int searchStart = (url.startsWith("//")) ? 2 : 0;
		int earlyPath = indexOfAny(url, "/?;", searchStart);
		int protocolEnd = url.indexOf("://", searchStart);
		if (protocolEnd < 0 || earlyPath < protocolEnd) {
			protocolEnd = searchStart;
		}
		else {
			protocolEnd += 3;
		}
		int pathStart = indexOfAny(url, "/?;", protocolEnd);
		if (pathStart == Integer.MAX_VALUE) {
			return "/";
		}
		int hash = url.indexOf('#', searchStart);
		if (hash >= 0 && hash < pathStart) {
			return "/";
		}
		String path = url.substring(pathStart, (hash < 0) ? url.length() : hash);
		return (path.charAt(0) != '/') ? "/" + path : path;
	}

	private static int indexOfAny(String s, String chars, int from) {
		for (int i = from; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private static String bytes(String s) {
		return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

	/** The agents of the file's {@code user-agent} lines, in order, without repeats. */
	public List<String> userAgents() {
		List<String> agents = new ArrayList<>();
		for (RobotsLine line : this.lines) {
			if (line.kind() == RobotsLine.Kind.USER_AGENT && !agents.contains(line.value())) {
				agents.add(line.value());
			}
		}
		return agents;
	}

}
