package org.consentregistry.registry.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds {@code <meta name="consent-registry-verification" content="...">} in the head of
 * an HTML page. Lenient, never throws: it reads bytes as ISO-8859-1 (the value is ASCII),
 * skips comments and the contents of {@code script}, {@code style}, {@code title},
 * {@code noscript} and {@code template}, and stops at {@code </head>} or {@code <body>},
 * so that content people can add to a page's body (comments, posts) cannot prove
 * anything.
 */
final class MetaTags {

	static final String NAME = "consent-registry-verification";

	private static final List<String> RAW_TEXT = List.of("script", "style", "title", "noscript", "template");

	private MetaTags() {
	}

	/** The {@code content} of every verification meta tag in the head, in order. */
	static List<String> verificationValues(byte[] html) {
		String page = new String(html, StandardCharsets.ISO_8859_1);
		String lower = page.toLowerCase(Locale.ROOT);
		List<String> values = new ArrayList<>();
		int i = 0;
		while ((i = lower.indexOf('<', i)) >= 0) {
			if (lower.startsWith("<!--", i)) {
				int end = lower.indexOf("-->", i + 4);
				i = (end < 0) ? lower.length() : end + 3;
				continue;
			}
			int nameEnd = tagNameEnd(lower, i + 1);
			String tag = lower.substring(i + 1, nameEnd);
			if (tag.equals("body") || tag.equals("/head")) {
				break;
			}
			int close = tagEnd(page, nameEnd);
			if (tag.equals("meta")) {
				Attributes attributes = Attributes.parse(page.substring(nameEnd, close));
				String content = attributes.get("content");
				if (NAME.equalsIgnoreCase(attributes.get("name")) && content != null) {
					values.add(content.trim());
				}
			}
			i = RAW_TEXT.contains(tag) ? skipRawText(lower, tag, close) : close;
		}
		return values;
	}

	private static int tagNameEnd(String s, int from) {
		int i = from;
		while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '/')) {
			i++;
		}
		return i;
	}

	/** The index after the tag's {@code >}, quotes respected. */
	private static int tagEnd(String s, int from) {
		char quote = 0;
		for (int i = from; i < s.length(); i++) {
			char c = s.charAt(i);
			if (quote != 0) {
				quote = (c == quote) ? 0 : quote;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '>') {
				return i + 1;
			}
		}
		return s.length();
	}

	private static int skipRawText(String lower, String tag, int from) {
		int end = lower.indexOf("</" + tag, from);
		return (end < 0) ? lower.length() : end;
	}

}
