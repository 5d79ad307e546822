package org.consentregistry.blocker.url;

import java.util.ArrayList;
import java.util.List;

/**
 * Removal of {@code .} and {@code ..} segments from an absolute path (rules 11 and 17).
 */
final class DotSegments {

	private DotSegments() {
	}

	/**
	 * Applies RFC 3986 §5.2.4 {@code remove_dot_segments} to a path that is empty or
	 * starts with '/'; an empty path becomes "/" (RFC 3986 §6.2.3).
	 */
	static String remove(String path) {
		if (path.isEmpty()) {
			return "/";
		}
		if (!hasDotSegment(path)) {
			return path;
		}
		String[] segments = path.substring(1).split("/", -1);
		List<String> out = new ArrayList<>(segments.length);
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			boolean dot = segment.equals(".");
			boolean dotDot = segment.equals("..");
			if (dotDot && !out.isEmpty()) {
				out.remove(out.size() - 1);
			}
			if (!dot && !dotDot) {
				out.add(segment);
			}
			else if (i == segments.length - 1) {
				out.add("");
			}
		}
		return "/" + String.join("/", out);
	}

	private static boolean hasDotSegment(String path) {
		for (int i = path.indexOf("/."); i >= 0; i = path.indexOf("/.", i + 1)) {
			int end = path.indexOf('/', i + 1);
			int length = ((end < 0) ? path.length() : end) - i - 1;
			if (length == 1 || (length == 2 && path.charAt(i + 2) == '.')) {
				return true;
			}
		}
		return false;
	}

}
