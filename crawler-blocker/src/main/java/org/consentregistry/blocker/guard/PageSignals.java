package org.consentregistry.blocker.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consentregistry.blocker.policy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * The signals of the page itself: {@code Content-Usage} and {@code X-Robots-Tag}
 * ({@code noai}, {@code noimageai}, for all crawlers or for this one) response headers,
 * the {@code robots} meta tag, and TDMRep in the order its spec gives: the
 * {@code tdm-reservation} header, else the HTML meta tag, else
 * {@code /.well-known/tdmrep.json}.
 */
final class PageSignals {

	private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("(name|content)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TDMREP_RULE = Pattern.compile("\\{[^{}]*\\}");

	private static final Pattern LOCATION = Pattern.compile("\"location\"\\s*:\\s*\"([^\"]*)\"");

	private static final Pattern RESERVATION = Pattern.compile("\"tdm-reservation\"\\s*:\\s*\"?([01])");

	private PageSignals() {
	}

	static List<Signal> read(Fetcher fetcher, String url, String origin, String path, String userAgent, Purpose purpose,
			String token) throws IOException {
		Fetcher.Response page = fetcher.get(url, userAgent);
		List<Signal> signals = new ArrayList<>();
		for (String value : page.header("Content-Usage")) {
			signals.addAll(Preferences.read("content-usage", value, purpose, "Content-Usage header", url));
		}
		for (String value : page.header("X-Robots-Tag")) {
			robotsDirectives(value, token, purpose, "X-Robots-Tag", url, signals);
		}
		String html = isHtml(page) ? new String(page.body(), StandardCharsets.UTF_8) : "";
		List<String[]> metas = metas(html);
		for (String[] meta : metas) {
			if (meta[0].equals("robots") || meta[0].equalsIgnoreCase(token)) {
				robotsDirectives(meta[1], null, purpose, "robots meta", url, signals);
			}
		}
		tdmRep(fetcher, page, metas, origin, path, userAgent, purpose, url, signals);
		return signals;
	}

	private static void tdmRep(Fetcher fetcher, Fetcher.Response page, List<String[]> metas, String origin, String path,
			String userAgent, Purpose purpose, String url, List<Signal> signals) {
		if (!page.header("tdm-reservation").isEmpty()) {
			reservation(page.header("tdm-reservation").get(0).trim(), "tdm-reservation header", url, purpose, signals);
			return;
		}
		for (String[] meta : metas) {
			if (meta[0].equals("tdm-reservation")) {
				reservation(meta[1].trim(), "tdm-reservation meta", url, purpose, signals);
				return;
			}
		}
		String wellKnown = origin + "/.well-known/tdmrep.json";
		try {
			Fetcher.Response rules = fetcher.get(wellKnown, userAgent);
			if (rules.status() == 200) {
				Matcher rule = TDMREP_RULE.matcher(new String(rules.body(), StandardCharsets.UTF_8));
				while (rule.find()) {
					Matcher location = LOCATION.matcher(rule.group());
					Matcher reservation = RESERVATION.matcher(rule.group());
					if (location.find() && reservation.find() && Preferences.pathMatches(location.group(1), path)) {
						reservation(reservation.group(1), "tdmrep.json", wellKnown, purpose, signals);
						return;
					}
				}
			}
		}
		catch (IOException ex) {
			// No well-known file: TDMRep says nothing.
		}
	}

	private static void reservation(String value, String source, String url, Purpose purpose, List<Signal> signals) {
		Verdict verdict = value.equals("1") ? Verdict.REFUSED : value.equals("0") ? Verdict.ALLOWED : Verdict.UNSTATED;
		signals
			.addAll(Preferences
				.read("tdmrep",
						"tdm-reservation="
								+ (verdict == Verdict.REFUSED ? "n" : (verdict == Verdict.ALLOWED) ? "y" : "?"),
						purpose, source, url)
				.stream()
				.map((s) -> new Signal(source, url, "tdm-reservation: " + value, s.verdict()))
				.toList());
	}

	/** {@code noai}/{@code noimageai} in robots directives, optionally for one agent. */
	private static void robotsDirectives(String value, @Nullable String token, Purpose purpose, String source,
			String url, List<Signal> signals) {
		String directives = value;
		int colon = value.indexOf(':');
		if (token != null && colon > 0 && !value.substring(0, colon).contains(",")) {
			if (!value.substring(0, colon).trim().equalsIgnoreCase(token)) {
				return;
			}
			directives = value.substring(colon + 1);
		}
		for (String directive : directives.split(",")) {
			String d = directive.trim().toLowerCase(Locale.ROOT);
			if (d.equals("noai") || d.equals("noimageai")) {
				signals.addAll(Preferences.read("x-robots-tag", d + "=n", purpose, source, url)
					.stream()
					.map((s) -> new Signal(source, url, value.trim(), s.verdict()))
					.toList());
			}
		}
	}

	private static boolean isHtml(Fetcher.Response page) {
		return page.header("Content-Type").stream().anyMatch((t) -> t.toLowerCase(Locale.ROOT).contains("html"));
	}

	/** The (lower-case name, content) of each meta tag with both. */
	private static List<String[]> metas(String html) {
		List<String[]> metas = new ArrayList<>();
		Matcher meta = META.matcher(html);
		while (meta.find()) {
			String name = null;
			String content = null;
			Matcher attribute = ATTRIBUTE.matcher(meta.group());
			while (attribute.find()) {
				String value = (attribute.group(2) != null) ? attribute.group(2) : attribute.group(3);
				if (attribute.group(1).equalsIgnoreCase("name")) {
					name = value.toLowerCase(Locale.ROOT);
				}
				else {
					content = value;
				}
			}
			if (name != null && content != null) {
				metas.add(new String[] { name, content });
			}
		}
		return metas;
	}

}
