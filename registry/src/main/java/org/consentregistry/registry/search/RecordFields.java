package org.consentregistry.registry.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.jspecify.annotations.Nullable;

/**
 * The derived terms both adapters index besides a record's own values: host suffixes for
 * domain search, the word starts for suggestions, and the prefixes of a URL prefix for
 * "covering" lookups. Kept here so Lucene and Elasticsearch derive them the same way.
 */
public final class RecordFields {

	/** The longest suggestion term kept (longer texts are cut). */
	static final int MAX_SUGGEST_LENGTH = 200;

	private RecordFields() {
	}

	/**
	 * The host and each parent domain of it: {@code a.b.example}, {@code b.example},
	 * {@code example}. An IP address yields only itself.
	 */
	public static List<String> hostAndParents(String host) {
		List<String> hosts = new ArrayList<>();
		hosts.add(host);
		if (host.startsWith("[") || host.chars().allMatch((c) -> c == '.' || Character.isDigit(c))) {
			return hosts;
		}
		for (int dot = host.indexOf('.'); dot >= 0 && dot < host.length() - 1; dot = host.indexOf('.', dot + 1)) {
			hosts.add(host.substring(dot + 1));
		}
		return hosts;
	}

	/**
	 * Every host the record's identifiers name, with each of its parents: a domain search
	 * for {@code d} matches when {@code d} is among them.
	 */
	public static Set<String> hostSuffixes(IndexedRecord record) {
		Set<String> suffixes = new LinkedHashSet<>();
		record.domains().forEach((domain) -> suffixes.addAll(hostAndParents(domain.host())));
		record.exactUrls().forEach((url) -> addHostOf(url, suffixes));
		record.urlPrefixes().forEach((prefix) -> addHostOf(prefix, suffixes));
		return suffixes;
	}

	/** The host of a normalised URL or prefix, or {@code null} if it has none. */
	public static @Nullable String hostOf(String url) {
		try {
			return UrlNormalizer.parse(url).host();
		}
		catch (UrlFormatException ex) {
			return null;
		}
	}

	/** Every non-empty leading part of {@code prefix}, itself included. */
	public static List<String> leadingParts(String prefix) {
		List<String> parts = new ArrayList<>(prefix.length());
		for (int end = 1; end <= prefix.length(); end++) {
			parts.add(prefix.substring(0, end));
		}
		return parts;
	}

	/**
	 * The lower-cased text from each word start to the end: {@code "Harbour at dusk"}
	 * gives {@code harbour at dusk}, {@code at dusk}, {@code dusk}.
	 */
	public static List<String> wordStarts(@Nullable String text) {
		List<String> starts = new ArrayList<>();
		if (text == null) {
			return starts;
		}
		String lower = text.strip().toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			boolean wordStart = Character.isLetterOrDigit(lower.codePointAt(i))
					&& (i == 0 || !Character.isLetterOrDigit(lower.codePointBefore(i)));
			if (wordStart) {
				String start = lower.substring(i);
				starts.add((start.length() > MAX_SUGGEST_LENGTH) ? start.substring(0, MAX_SUGGEST_LENGTH) : start);
			}
		}
		return starts;
	}

	/** Whether a word of {@code text} starts with {@code prefix}, ignoring case. */
	public static boolean hasWordStartingWith(@Nullable String text, String prefix) {
		String lower = prefix.strip().toLowerCase(Locale.ROOT);
		return !lower.isEmpty() && wordStarts(text).stream().anyMatch((start) -> start.startsWith(lower));
	}

	private static void addHostOf(String url, Set<String> suffixes) {
		String host = hostOf(url);
		if (host != null) {
			suffixes.addAll(hostAndParents(host));
		}
	}

}
