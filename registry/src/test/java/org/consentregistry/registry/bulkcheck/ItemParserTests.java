package org.consentregistry.registry.bulkcheck;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.consentregistry.registry.system.Problem;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk-check line parser: the items it accepts (RFC 8259 syntax, the flat item shape)
 * and, as a property test against Jackson, that it agrees with a full JSON parser on
 * random lines, valid and broken.
 */
class ItemParserTests {

	static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	final ItemParser parser = new ItemParser();

	final Item item = new Item();

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{"url":"https://art.example/a"}                         | url    | https://art.example/a  |
			 { "url" : "https://art.example/a" , "id" : "x1" }      | url    | https://art.example/a  | "x1"
			{"id":-12.5e3,"sha256":"AB"}                            | sha256 | AB                     | -12.5e3
			{"url":"https:\\/\\/art.example\\/caf\\u00e9"}          | url    | https://art.example/café |
			{"caption":{"a":[1,true,null,{"b":"}"}]},"url":"u"}     | url    | u                      |
			{"u\\u0072l":"escaped name"}                            | url    | escaped name           |
			""")
	void acceptsItems(String line, String member, String value, String id) {
		assertThat(parse(line)).as(String.valueOf(this.item.detail)).isTrue();
		assertThat(this.item.member).isEqualTo(member);
		assertThat(this.item.value).isEqualTo(value);
		assertThat(rawId(line)).isEqualTo(id);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			not json
			[{"url":"u"}]
			{"url":"u"} trailing
			{"url":"u",}
			{"url":5}
			{"url":"u","sha256":"h"}
			{"url":"u","url":"v"}
			{}
			{"id":"x"}
			{"id":true,"url":"u"}
			{"url":"unterminated}
			{"url":"bad \\x escape"}
			{"url":"u" "id":1}
			{"id":01,"url":"u"}
			{"other":[1,2,],"url":"u"}
			""")
	void refusesMalformedLines(String line) {
		assertThat(parse(line)).isFalse();
		assertThat(this.item.problem).isEqualTo(Problem.MALFORMED_ITEM);
		assertThat(this.item.detail).startsWith("expected");
	}

	@RepeatedTest(20)
	void agreesWithJacksonOnRandomLines() {
		Random random = new Random();
		for (int i = 0; i < 2000; i++) {
			String line = RandomLines.line(random);
			boolean accepted = parse(line);
			JsonNode tree = jackson(new String(this.lastLine, 2, this.lastLine.length - 4, StandardCharsets.UTF_8));
			boolean valid = tree != null && tree.isObject() && RandomLines.isItem(tree);
			assertThat(accepted).as(line + " -> " + this.item.detail).isEqualTo(valid);
			if (valid) {
				String member = tree.has("url") ? "url" : "sha256";
				assertThat(this.item.member).isEqualTo(member);
				assertThat(this.item.value).as(line).isEqualTo(tree.get(member).asString());
				if (tree.has("id")) {
					assertThat(jackson(rawId(line))).isEqualTo(tree.get("id"));
				}
			}
		}
	}

	private boolean parse(String line) {
		byte[] bytes = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
		this.lastLine = bytes;
		return this.parser.parse(bytes, 2, bytes.length - 2, this.item);
	}

	private byte[] lastLine = new byte[0];

	private String rawId(String line) {
		return this.item.hasId() ? new String(this.lastLine, this.item.idStart, this.item.idEnd - this.item.idStart,
				StandardCharsets.UTF_8) : null;
	}

	private static JsonNode jackson(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
