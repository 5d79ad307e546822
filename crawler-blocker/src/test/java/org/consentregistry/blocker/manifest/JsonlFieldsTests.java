package org.consentregistry.blocker.manifest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the URL member of a JSON Lines object (RFC 8259 §7, strings): plain strings are
 * scanned eight bytes at a time, so every case is tried at each offset from the start of
 * the line, with a skipped string member before it that holds the same characters.
 */
class JsonlFieldsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "https://art.example/works/harbour-at-dusk.jpg|https://art.example/works/harbour-at-dusk.jpg",
					"https://art.example/caf\\u00e9/a-long-name.jpg|https://art.example/café/a-long-name.jpg",
					"https://art.example/café/a-long-name.jpg|https://art.example/café/a-long-name.jpg",
					"https://art.example/a\\\"quoted\\\"/c.jpg|https://art.example/a\"quoted\"/c.jpg",
					"https://art.example/back\\\\slash/c.jpg|https://art.example/back\\slash/c.jpg",
					"https://art.example/tab\\there/and/more.jpg|https://art.example/tab\there/and/more.jpg" })
	void readsStringsAtEveryOffset(String json, String expected) {
		for (int pad = 0; pad < 9; pad++) {
			String line = "{\"id\":" + "1".repeat(pad + 1) + ",\"caption\":\"" + json + "\",\"url\":\"" + json + "\"}";
			ItemFields item = read(line);
			assertThat(item.malformed).as(line).isNull();
			assertThat(item.url).as(line).isEqualTo(expected);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "https://art.example/a-long-path-with\u0001control.jpg",
			"https://art.example/an-unterminated-string-that-runs-long" })
	void refusesStringsWithControlsOrNoEnd(String json) {
		for (int pad = 0; pad < 9; pad++) {
			String line = "{\"id\":" + "1".repeat(pad + 1) + ",\"url\":\"" + json;
			line += json.contains("\u0001") ? "\"}" : "";
			assertThat(read(line).malformed).as(line).isNotNull();
		}
	}

	private static ItemFields read(String line) {
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		ItemFields item = new ItemFields();
		item.clear();
		new JsonlFields("url", "sha256").read(bytes, 0, bytes.length, item);
		return item;
	}

}
