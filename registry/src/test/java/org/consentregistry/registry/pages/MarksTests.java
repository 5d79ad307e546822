package org.consentregistry.registry.pages;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarksTests {

	/**
	 * Highlight fragments per SEARCH.md, "Highlights": markers U+0001 / U+0002 around
	 * matches, turned into {@code <mark>} after escaping. {@code [} and {@code ]} stand
	 * for the markers in this table.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Harbour at [dusk]                     | Harbour at <mark>dusk</mark>
			[<script>]alert(1)[</script>]         | <mark>&lt;script&gt;</mark>alert(1)<mark>&lt;/script&gt;</mark>
			Tom & "Jerry's" [day]                 | Tom &amp; &quot;Jerry&#39;s&quot; <mark>day</mark>
			unbalanced [start                     | unbalanced <mark>start</mark>
			stray] end[[ twice]]                  | stray end<mark> twice</mark>
			""")
	void escapesTextAndBalancesMarks(String fragment, String html) {
		assertThat(Marks.toHtml(fragment.replace('[', '\u0001').replace(']', '\u0002'))).isEqualTo(html);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			<b>bold</b>     | &lt;b&gt;bold&lt;/b&gt;
			[not a mark]    | not a mark
			""")
	void showsPlainTextWithoutMarks(String text, String html) {
		assertThat(Marks.plain(text.replace('[', '\u0001').replace(']', '\u0002'))).isEqualTo(html);
	}

}
