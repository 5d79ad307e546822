package org.consentregistry.registry.control;

import java.util.Map;

import org.consentregistry.registry.system.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** TXT lookups against a real DNS server (dnsmasq) on loopback. */
class DnsTxtTests {

	static int port;

	static Dnsmasq dnsmasq;

	@BeforeAll
	static void start() throws Exception {
		port = Dnsmasq.freePort();
		dnsmasq = Dnsmasq.start(port, Map.of("_consent-registry.art.example", "tok.en-_1"));
	}

	@AfterAll
	static void stop() throws Exception {
		dnsmasq.close();
	}

	@Test
	void readsATxtRecordFromTheConfiguredServer() throws Exception {
		DnsTxt dns = new DnsTxt(TestSettings.loopback(null, "127.0.0.1:" + port));
		assertThat(dns.lookup("_consent-registry.art.example")).containsExactly("tok.en-_1");
	}

	@Test
	void answersTokenNotFoundForAMissingName() {
		DnsTxt dns = new DnsTxt(TestSettings.loopback(null, "127.0.0.1:" + port));
		GuardedHttpTests.expect(Problem.TOKEN_NOT_FOUND, () -> dns.lookup("_consent-registry.nobody.example"));
	}

	@Test
	void answersUnreachableWhenNoServerListens() throws Exception {
		DnsTxt dns = new DnsTxt(TestSettings.loopback(null, "127.0.0.1:" + Dnsmasq.freePort()));
		GuardedHttpTests.expect(Problem.UNREACHABLE_TARGET, () -> dns.lookup("_consent-registry.art.example"));
	}

	/** RFC 1035 §3.3.14: a TXT record holds one or more character strings. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			tok.en            | tok.en
			"tok.en"          | tok.en
			"tok" ".en"       | tok.en
			""")
	void joinsTheCharacterStringsOfARecord(String shown, String joined) {
		assertThat(DnsTxt.joined(shown)).isEqualTo(joined);
	}

}
