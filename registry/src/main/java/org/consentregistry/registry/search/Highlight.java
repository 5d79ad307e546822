package org.consentregistry.registry.search;

/**
 * The private markers around matched words in highlight fragments. The index never
 * returns HTML: the page layer escapes a fragment first and then turns the markers into
 * {@code <mark>} elements ({@link #toHtml(String)}).
 */
public final class Highlight {

	/** Starts a matched word. */
	public static final char START = '\u0001';

	/** Ends a matched word. */
	public static final char END = '\u0002';

	private Highlight() {
	}

	/** The fragment HTML-escaped, its matches wrapped in {@code <mark>}. */
	public static String toHtml(String fragment) {
		StringBuilder html = new StringBuilder(fragment.length() + 32);
		for (int i = 0; i < fragment.length(); i++) {
			char c = fragment.charAt(i);
			switch (c) {
				case START -> html.append("<mark>");
				case END -> html.append("</mark>");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
		return html.toString();
	}

	/** The fragment without markers. */
	public static String plain(String fragment) {
		return fragment.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
	}

}
