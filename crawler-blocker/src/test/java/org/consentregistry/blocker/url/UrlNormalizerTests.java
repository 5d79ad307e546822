package org.consentregistry.blocker.url;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The normalisation rules of {@code docs/url-normalisation.md}, one case a line; the last
 * column names the rule (and through it RFC 3986 §6.2.2 / §6.2.3, UTS #46).
 */
class UrlNormalizerTests {

	@ParameterizedTest(name = "rule {2}: {0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"  https://art.example/a \n"                 | https://art.example/a                          | 1
			"https://art.ex\tample/a\r\nb"               | https://art.example/ab                         | 1
			https:\\\\art.example\\works\\a.jpg              | https://art.example/works/a.jpg                | 1
			https://art.example\\@evil.example/          | https://art.example/@evil.example/             | 1
			https://art.example/a?b=\\#c\\d               | https://art.example/a?b=%5C                    | 1
			HTTPS://art.example/a                        | https://art.example/a                          | 3
			HtTp://art.example/                          | http://art.example/                            | 3
			https://user:secret@art.example/x            | https://art.example/x                          | 4
			https://art.example@evil.example/            | https://evil.example/                          | 4
			https://Art.EXAMPLE/Works/A.jpg              | https://art.example/Works/A.jpg                | 5
			https://%61rt.example/                       | https://art.example/                           | 5
			https://art.example./x                       | https://art.example/x                          | 6
			https://bücher.example/                      | https://xn--bcher-kva.example/                 | 7
			https://BÜCHER.example/                      | https://xn--bcher-kva.example/                 | 7
			https://ｅｘａｍｐｌｅ．com/                      | https://example.com/                           | 7
			https://例え.テスト/                           | https://xn--r8jz45g.xn--zckzah/                | 7
			https://b%C3%BCcher.example/                 | https://xn--bcher-kva.example/                 | 7
			https://XN--BCHER-KVA.example/               | https://xn--bcher-kva.example/                 | 7
			https://my_host.art.example/                 | https://my_host.art.example/                   | 8
			https://192.0.2.1:443/                       | https://192.0.2.1/                             | 9
			http://[2001:DB8::1]/                        | http://[2001:db8::1]/                          | 9
			http://[2001:db8::1]:8080/x                  | http://[2001:db8::1]:8080/x                    | 9
			http://[2001:DB8:0:0:0:0:0:1]/               | http://[2001:db8::1]/                          | 9
			http://[2001:0db8::0001]/                    | http://[2001:db8::1]/                          | 9
			http://[2001:db8:0:0:1:0:0:1]/               | http://[2001:db8::1:0:0:1]/                    | 9
			http://[2001:db8:0:1:0:0:0:1]/               | http://[2001:db8:0:1::1]/                      | 9
			http://[2001:db8:0:1:1:1:1:1]/               | http://[2001:db8:0:1:1:1:1:1]/                 | 9
			http://[0:0:0:0:0:0:0:0]/                    | http://[::]/                                   | 9
			http://[::ffff:192.0.2.1]/                   | http://[::ffff:c000:201]/                      | 9
			http://[1::]/                                | http://[1::]/                                  | 9
			http://art.example:80/                       | http://art.example/                            | 10
			https://art.example:443/                     | https://art.example/                           | 10
			http://art.example:443/                      | http://art.example:443/                        | 10
			https://art.example:/                        | https://art.example/                           | 10
			https://art.example:0080/                    | https://art.example:80/                        | 10
			https://art.example                          | https://art.example/                           | 11
			https://art.example?q=1                      | https://art.example/?q=1                       | 11
			https://art.example/a%2fb%c3%a4              | https://art.example/a%2Fb%C3%A4                | 12
			https://art.example/%7euser                  | https://art.example/~user                      | 13
			https://art.example/%41%62%2D%5F%2e%30       | https://art.example/Ab-_.0                     | 13
			https://art.example/a%2Fb%3F%23%25           | https://art.example/a%2Fb%3F%23%25             | 14
			https://art.example/a%26b?x=%3D%2B           | https://art.example/a%26b?x=%3D%2B             | 14
			https://art.example/a b                      | https://art.example/a%20b                      | 15
			https://art.example/ä                        | https://art.example/%C3%A4                     | 15
			https://art.example/😀                       | https://art.example/%F0%9F%98%80               | 15
			"https://art.example/x<y>{z}|^`"             | https://art.example/x%3Cy%3E%7Bz%7D%7C%5E%60   | 15
			https://art.example/a[1]?x[]=1               | https://art.example/a%5B1%5D?x%5B%5D=1         | 15
			https://art.example/a;b=c,d!$'()*+:@         | https://art.example/a;b=c,d!$'()*+:@           | 15
			https://art.example/100%                     | https://art.example/100%25                     | 16
			https://art.example/%zz%4                    | https://art.example/%25zz%254                  | 16
			https://art.example/a/./b/../c               | https://art.example/a/c                        | 17
			https://art.example/a/b/..                   | https://art.example/a/                         | 17
			https://art.example/a/b/.                    | https://art.example/a/b/                       | 17
			https://art.example/../../a                  | https://art.example/a                          | 17
			https://art.example/a/%2E%2e/b               | https://art.example/b                          | 17
			https://art.example/a/.../b/.x               | https://art.example/a/.../b/.x                 | 17
			https://art.example/a/..%2F/b                | https://art.example/a/..%2F/b                  | 17
			https://art.example/a?b=C&d=%7e&e            | https://art.example/a?b=C&d=~&e                | 18
			https://art.example/a?                       | https://art.example/a?                         | 18
			https://art.example/a?q=/../x?y              | https://art.example/a?q=/../x?y                | 18
			https://art.example/a?q=a b&r=é              | https://art.example/a?q=a%20b&r=%C3%A9         | 18
			https://art.example/a#frag                   | https://art.example/a                          | 19
			https://art.example/a?q#f?x#y                | https://art.example/a?q                        | 19
			https://art.example#top                      | https://art.example/                           | 19
			https://www.art.example/a/                   | https://www.art.example/a/                     | 20
			https://art.example/a?b=2&a=1                | https://art.example/a?b=2&a=1                  | 20
			https://art.example/a//b                     | https://art.example/a//b                       | 20
			""")
	void normalisesPerRule(String input, String expected, int rule) throws UrlFormatException {
		assertThat(UrlNormalizer.normalize(input)).isEqualTo(expected);
		assertThat(UrlNormalizer.normalize(expected)).as("the normal form is stable").isEqualTo(expected);
	}

	@ParameterizedTest(name = "rule {1}: {0} is refused")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			ftp://art.example/                | 2
			mailto:ada@art.example            | 2
			https:art.example/a               | 2
			https:/art.example/a              | 2
			//art.example/a                   | 2
			art.example/a                     | 2
			"   "                             | 2
			https://                          | 8
			https:///a                        | 8
			https://user@/a                   | 8
			https://exa mple.com/             | 8
			https://a..example/               | 8
			https://art.example../            | 8
			https://.art.example/             | 8
			https://art<>.example/            | 8
			https://%zz.example/              | 8
			https://%C3.example/              | 8
			http://[zz]/                      | 9
			http://[2001:db8::1/              | 9
			http://[1:2:3:4:5:6:7:8:9]/       | 9
			http://[1:2:3:4:5:6:7]/           | 9
			http://[1::2::3]/                 | 9
			http://[:::1]/                    | 9
			http://[12345::]/                 | 9
			http://[fe80::1%25eth0]/          | 9
			http://[::1.2.3]/                 | 9
			http://[::01.2.3.4]/              | 9
			http://[1.2.3.4::]/               | 9
			http://[1:2:3:4:5:6:7::8]/        | 9
			http://[]/                        | 9
			https://art.example:65536/        | 10
			https://art.example:8a/           | 10
			https://art.example:-1/           | 10
			""")
	void refusesPerRule(String input, int rule) {
		assertThatExceptionOfType(UrlFormatException.class).isThrownBy(() -> UrlNormalizer.normalize(input))
			.withMessageStartingWith("expected");
	}

	@Test
	void refusesHostLabelLongerThanDnsAllows() {
		String label = "a".repeat(64);
		assertThatExceptionOfType(UrlFormatException.class)
			.isThrownBy(() -> UrlNormalizer.normalize("https://" + label + ".example/"));
	}

	@Test
	void parseExposesHostAndDefaultPort() throws UrlFormatException {
		NormalizedUrl url = UrlNormalizer.parse("HTTPS://Sub.Art.Example:443/a?b#c");
		assertThat(url).isEqualTo(new NormalizedUrl("https", "sub.art.example", -1, "/a", "b"));
		assertThat(url.hostIsIpAddress()).isFalse();
		assertThat(UrlNormalizer.parse("http://192.0.2.1/").hostIsIpAddress()).isTrue();
		assertThat(UrlNormalizer.parse("http://[::1]/").hostIsIpAddress()).isTrue();
	}

	@Test
	void normalizeHostAppliesHostRules() throws UrlFormatException {
		assertThat(UrlNormalizer.normalizeHost(" Bücher.Example. ")).isEqualTo("xn--bcher-kva.example");
		assertThat(UrlNormalizer.normalizeHost("[2001:DB8::1]")).isEqualTo("[2001:db8::1]");
	}

}
