package org.consentregistry.blocker.guard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.robots.RobotsTxt;
import org.consentregistry.blocker.url.NormalizedUrl;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;

/**
 * For a URL, a crawler and a purpose, one decision from every signal: the site's
 * robots.txt (crawl rule, {@code Content-Usage}, {@code Content-Signal}); when the crawl
 * is allowed, the page's {@code Content-Usage} and {@code X-Robots-Tag} headers, its
 * {@code robots} meta tag and TDMRep (header, meta tag, well-known file, in that order);
 * and the registry, when one is plugged in. Any refusal wins. Thread-safe if the fetcher
 * is.
 */
public final class CrawlerGuard {

	private final Fetcher fetcher;

	private final RegistrySignal registry;

	public CrawlerGuard(Fetcher fetcher, RegistrySignal registry) {
		this.fetcher = fetcher;
		this.registry = registry;
	}

	/**
	 * Decides whether {@code userAgent} may fetch {@code url} and use it for
	 * {@code purpose}.
	 * @param url an http(s) URL
	 * @param userAgent the crawler's user agent; its product token selects the robots.txt
	 * group
	 * @param purpose the intended use
	 * @return the decision and every signal behind it
	 * @throws UrlFormatException if {@code url} is not a usable http(s) URL
	 */
	public GuardDecision check(String url, String userAgent, Purpose purpose) throws UrlFormatException {
		NormalizedUrl parsed = UrlNormalizer.parse(url);
		String normalized = parsed.toString();
		String origin = parsed.scheme() + "://" + parsed.host() + ((parsed.port() >= 0) ? ":" + parsed.port() : "");
		String pathAndQuery = parsed.path() + ((parsed.query() != null) ? "?" + parsed.query() : "");
		List<Signal> signals = new ArrayList<>(
				SiteSignals.read(this.fetcher, origin, pathAndQuery, userAgent, purpose));
		boolean crawlRefused = signals.stream()
			.anyMatch((s) -> s.source().equals("robots.txt") && s.verdict() == Verdict.REFUSED);
		if (!crawlRefused) {
			try {
				signals.addAll(PageSignals.read(this.fetcher, normalized, origin, parsed.path(), userAgent, purpose,
						RobotsTxt.productToken(userAgent)));
			}
			catch (IOException ex) {
				signals.add(new Signal("page", normalized, "unreachable: " + ex.getMessage(), Verdict.UNSTATED));
			}
		}
		Signal fromRegistry = this.registry.signal(normalized, purpose);
		if (fromRegistry != null) {
			signals.add(fromRegistry);
		}
		return GuardDecision.of(signals);
	}

}
