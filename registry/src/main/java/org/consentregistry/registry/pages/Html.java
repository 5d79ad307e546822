package org.consentregistry.registry.pages;

import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;
import org.unbescape.uri.UriEscape;

/**
 * HTML written in code, for the parts of the record and work pages that a template made
 * costly (every expression of a Thymeleaf template is evaluated by interpreted SpEL:
 * about half of a work page's CPU time, see docs/benchmarks.md, "Work page CPU"). Text
 * and attribute values are escaped exactly as Thymeleaf's {@code th:text} and
 * {@code th:href} escape them, and path variables as its link expressions do, so the
 * markup is the one the templates made.
 */
final class Html {

	private final StringBuilder out;

	private final String contextPath;

	/**
	 * @param contextPath the application's context path, which every link starts with
	 * ({@code ""} at the root)
	 * @param capacity the expected length
	 */
	Html(String contextPath, int capacity) {
		this.out = new StringBuilder(capacity);
		this.contextPath = contextPath;
	}

	/** Markup, written as it is. */
	Html raw(String markup) {
		this.out.append(markup);
		return this;
	}

	/** Text (or an attribute value), escaped; nothing for {@code null}. */
	Html text(@Nullable Object text) {
		if (text != null) {
			this.out.append(HtmlEscape.escapeHtml4Xml(text.toString()));
		}
		return this;
	}

	/** A link within the application, escaped as an attribute value. */
	Html link(String path) {
		return text(this.contextPath + path);
	}

	/** A path segment, escaped as a link expression escapes a path variable. */
	static String segment(String value) {
		return UriEscape.escapeUriPathSegment(value);
	}

	/** A query parameter value, escaped as a link expression escapes one. */
	static String query(String value) {
		return UriEscape.escapeUriQueryParam(value);
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
