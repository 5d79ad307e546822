package org.consentregistry.registry.pages;

import org.consentregistry.registry.search.Highlight;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a highlight fragment from the search index into safe HTML: all text escaped
 * first, then the index's private markers ({@link Highlight#START},
 * {@link Highlight#END}) turned into {@code <mark>} elements, always balanced whatever
 * markers the fragment holds.
 */
final class Marks {

	private Marks() {
	}

	static String toHtml(String fragment) {
		StringBuilder html = new StringBuilder(fragment.length() + 32);
		StringBuilder text = new StringBuilder();
		boolean open = false;
		for (int i = 0; i < fragment.length(); i++) {
			char c = fragment.charAt(i);
			if (c == Highlight.START || c == Highlight.END) {
				html.append(HtmlUtils.htmlEscape(text.toString()));
				text.setLength(0);
				if (c == Highlight.START && !open) {
					html.append("<mark>");
					open = true;
				}
				else if (c == Highlight.END && open) {
					html.append("</mark>");
					open = false;
				}
			}
			else {
				text.append(c);
			}
		}
		html.append(HtmlUtils.htmlEscape(text.toString()));
		return open ? html.append("</mark>").toString() : html.toString();
	}

	/** Plain text as HTML, with any marker characters it holds dropped. */
	static String plain(String text) {
		return HtmlUtils.htmlEscape(Highlight.plain(text));
	}

}
