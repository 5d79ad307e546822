package org.consentregistry.registry.bulkcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * Random bulk-check lines for property tests: item-shaped objects built from random
 * members, some of them then broken by a random edit.
 */
final class RandomLines {

	private static final String[] NAMES = { "url", "sha256", "id", "caption", "u\\u0072l", "" };

	private static final String[] STRINGS = { "\"https://art.example/a\"", "\"caf\\u00e9 \\\"q\\\" \\\\ \\/\"", "\"\"",
			"\"ÿ€😀\"", "\"\\ud83d\\ude00\"", "\"tab\\there\"" };

	private static final String[] OTHERS = { "0", "-1.5e+3", "12", "true", "null", "[]", "{}", "[1,{\"a\":[null]}]",
			"{\"x\":\"}\"}" };

	private static final String EDITS = "{}[]\":,\\ x0-.e\u0001";

	private RandomLines() {
	}

	static String line(Random random) {
		StringBuilder line = new StringBuilder(space(random)).append('{');
		int members = random.nextInt(4);
		List<String> names = new ArrayList<>(List.of(NAMES));
		Collections.shuffle(names, random);
		for (int i = 0; i < members; i++) {
			if (i > 0) {
				line.append(',');
			}
			String name = names.get(i);
			if (name.startsWith("u\\") && names.subList(0, members).contains("url")) {
				name = "extra";
			}
			line.append(space(random)).append('"').append(name).append('"');
			line.append(space(random)).append(':').append(space(random));
			line.append(random.nextBoolean() ? STRINGS[random.nextInt(STRINGS.length)]
					: OTHERS[random.nextInt(OTHERS.length)]);
			line.append(space(random));
		}
		line.append('}').append(space(random));
		if (random.nextInt(3) == 0 && line.length() > 0) {
			int at = random.nextInt(line.length());
			char edit = EDITS.charAt(random.nextInt(EDITS.length()));
			if (random.nextBoolean()) {
				line.setCharAt(at, edit);
			}
			else {
				line.insert(at, edit);
			}
		}
		return line.toString();
	}

	/**
	 * Whether a parsed object is a bulk-check item: exactly one of url and sha256, a
	 * string; id absent, a string or a number; names compared after unescaping.
	 */
	static boolean isItem(JsonNode object) {
		boolean url = object.has("url");
		boolean sha256 = object.has("sha256");
		if (url == sha256) {
			return false;
		}
		JsonNode value = object.get(url ? "url" : "sha256");
		JsonNode id = object.get("id");
		return value.isString() && (id == null || id.isString() || id.isNumber());
	}

	private static String space(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> " ";
			case 1 -> "\t ";
			default -> "";
		};
	}

}
