package org.consentregistry.registry.control;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of one HTML start tag, names lower-cased, values unquoted; the first
 * occurrence of a name wins, as in HTML.
 */
final class Attributes {

	private final Map<String, String> values;

	private Attributes(Map<String, String> values) {
		this.values = values;
	}

	@Nullable String get(String name) {
		return this.values.get(name);
	}

	/** Parses the text between a tag's name and its {@code >}. */
	static Attributes parse(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '/')) {
				i++;
			}
			int nameStart = i;
			while (i < n && !Character.isWhitespace(text.charAt(i)) && "=>/".indexOf(text.charAt(i)) < 0) {
				i++;
			}
			String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
			while (i < n && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			String value = "";
			if (i < n && text.charAt(i) == '=') {
				i++;
				while (i < n && Character.isWhitespace(text.charAt(i))) {
					i++;
				}
				int end = valueEnd(text, i);
				value = unquote(text.substring(i, end));
				i = end;
			}
			if (name.isEmpty()) {
				i++;
			}
			else {
				values.putIfAbsent(name, value);
			}
		}
		return new Attributes(values);
	}

	private static int valueEnd(String text, int from) {
		if (from < text.length() && (text.charAt(from) == '"' || text.charAt(from) == '\'')) {
			int close = text.indexOf(text.charAt(from), from + 1);
			return (close < 0) ? text.length() : close + 1;
		}
		int i = from;
		while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>') {
			i++;
		}
		return i;
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
				&& value.charAt(value.length() - 1) == value.charAt(0)) {
			return value.substring(1, value.length() - 1);
		}
		return (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) ? value.substring(1) : value;
	}

}
