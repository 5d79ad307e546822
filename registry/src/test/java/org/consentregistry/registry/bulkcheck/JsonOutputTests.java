package org.consentregistry.registry.bulkcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON strings and numbers written through the reused buffer, read back by Jackson. */
class JsonOutputTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void writesStringsThatReadBackTheSameWhateverTheirCharacters() throws IOException {
		Random random = new Random(7);
		for (int i = 0; i < 2000; i++) {
			StringBuilder value = new StringBuilder();
			int length = random.nextInt((i % 100 == 0) ? 40_000 : 40);
			for (int j = 0; j < length; j++) {
				value.append((char) switch (random.nextInt(4)) {
					case 0 -> random.nextInt(0x80);
					case 1 -> random.nextInt(0x800);
					case 2 -> random.nextInt(0x10000);
					default -> 'a';
				});
			}
			String text = value.toString();
			String written = write((out) -> out.string(text));
			assertThat(JSON.readTree(written).asString()).isEqualTo(text);
		}
	}

	@Test
	void writesWholeNumbers() throws IOException {
		for (long n : new long[] { 0, 7, -7, 10, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE + 1 }) {
			assertThat(write((out) -> out.number(n))).isEqualTo(Long.toString(n));
		}
	}

	private static String write(Writing writing) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		JsonOutput out = new JsonOutput(bytes, 1024);
		out.raw(new byte[] { ' ' });
		writing.write(out);
		out.flush();
		return bytes.toString(StandardCharsets.UTF_8).substring(1);
	}

	@FunctionalInterface
	interface Writing {

		void write(JsonOutput out) throws IOException;

	}

}
