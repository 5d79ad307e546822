package org.consentregistry.blocker.guard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.robots.RobotsTxt;

/**
 * The robots.txt signals for a crawler (RFC 9309 §2.3.1: a 4xx means no rules, a 5xx or
 * an unreachable file a complete disallow): the crawl rule, then the IETF
 * {@code Content-Usage} line of the longest matching path and the {@code Content-Signal}
 * lines of the crawler's group.
 */
final class SiteSignals {

	private SiteSignals() {
	}

	static List<Signal> read(Fetcher fetcher, String origin, String pathAndQuery, String userAgent, Purpose purpose) {
		String robotsUrl = origin + "/robots.txt";
		List<Signal> signals = new ArrayList<>();
		Fetcher.Response response;
		try {
			response = fetcher.get(robotsUrl, userAgent);
		}
		catch (IOException ex) {
			signals.add(new Signal("robots.txt", robotsUrl, "unreachable: " + ex.getMessage(), Verdict.REFUSED));
			return signals;
		}
		if (response.status() >= 500) {
			signals.add(new Signal("robots.txt", robotsUrl, "status " + response.status(), Verdict.REFUSED));
			return signals;
		}
		if (response.status() >= 400) {
			return signals;
		}
		RobotsTxt robots = RobotsTxt.parse(response.body());
		String token = RobotsTxt.productToken(userAgent);
		boolean allowed = robots.allowed(token, origin + pathAndQuery);
		signals.add(new Signal("robots.txt", robotsUrl, (allowed ? "crawl allowed for " : "Disallow for ") + token,
				allowed ? Verdict.UNSTATED : Verdict.REFUSED));
		contentUsage(robots.groupValues(token, "Content-Usage"), pathAndQuery, purpose, robotsUrl, signals);
		for (String value : robots.groupValues(token, "Content-Signal")) {
			signals.addAll(Preferences.read("content-signal", value, purpose, "Content-Signal", robotsUrl));
		}
		return signals;
	}

	private static void contentUsage(List<String> lines, String path, Purpose purpose, String url,
			List<Signal> signals) {
		String best = null;
		int bestLength = -1;
		for (String line : lines) {
			String pattern = "";
			String value = line;
			if (line.startsWith("/")) {
				int space = line.indexOf(' ');
				pattern = (space < 0) ? line : line.substring(0, space);
				value = (space < 0) ? "" : line.substring(space + 1);
			}
			if ((pattern.isEmpty() || Preferences.pathMatches(pattern, path)) && pattern.length() > bestLength) {
				best = value;
				bestLength = pattern.length();
			}
		}
		if (best != null) {
			signals.addAll(Preferences.read("content-usage", best, purpose, "Content-Usage", url));
		}
	}

}
