package org.consentregistry.blocker.guard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ConsentRules;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard against a site served on loopback by a real HTTP server
 * ({@code com.sun.net.httpserver}).
 */
class CrawlerGuardIntegrationTests {

	private static final String ROBOTS = """
			User-agent: GPTBot
			Disallow: /private/
			Content-Usage: train-ai=n
			Content-Usage: /open/ train-ai=y

			User-agent: *
			Allow: /
			Content-Signal: search=yes, ai-train=no
			""";

	private HttpServer server;

	private String origin;

	private CrawlerGuard guard;

	@BeforeEach
	void serve() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
		this.origin = "http://127.0.0.1:" + this.server.getAddress().getPort();
		this.guard = new CrawlerGuard(Fetcher.http(Duration.ofSeconds(10), 1 << 20), RegistrySignal.none());
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void robotsDisallowRefusesWithoutFetchingThePage() throws Exception {
		GuardDecision decision = this.guard.check(this.origin + "/private/a.html", "GPTBot/1.1", Purpose.SEARCH);
		assertThat(decision.answer()).isEqualTo(Answer.REFUSED);
		assertThat(decision.signals()).extracting(Signal::source).containsExactly("robots.txt");
	}

	@Test
	void contentUsageOfTheLongestPathApplies() throws Exception {
		GuardDecision closed = this.guard.check(this.origin + "/plain.txt", "GPTBot", Purpose.GENAI_TRAIN);
		assertThat(closed.answer()).isEqualTo(Answer.REFUSED);
		assertThat(closed.signals())
			.anyMatch((s) -> s.source().equals("Content-Usage") && s.evidence().equals("train-ai=n"));
		GuardDecision open = this.guard.check(this.origin + "/open/plain.txt", "GPTBot", Purpose.GENAI_TRAIN);
		assertThat(open.answer()).isEqualTo(Answer.ALLOWED);
	}

	@Test
	void contentSignalOfTheStarGroupAppliesToOtherCrawlers() throws Exception {
		GuardDecision decision = this.guard.check(this.origin + "/plain.txt", "CCBot", Purpose.AI_TRAIN);
		assertThat(decision.answer()).isEqualTo(Answer.REFUSED);
		assertThat(decision.signals()).anyMatch((s) -> s.source().equals("Content-Signal"));
		assertThat(this.guard.check(this.origin + "/plain.txt", "CCBot", Purpose.SEARCH).answer())
			.isEqualTo(Answer.ALLOWED);
	}

	@Test
	void xRobotsTagNoaiRefusesGenerativeTraining() throws Exception {
		GuardDecision decision = this.guard.check(this.origin + "/noai.jpg", "CCBot", Purpose.GENAI_TRAIN);
		assertThat(decision.signals())
			.anyMatch((s) -> s.source().equals("X-Robots-Tag") && s.verdict() == Verdict.REFUSED);
	}

	@Test
	void tdmRepHeaderComesBeforeMetaAndWellKnownFile() throws Exception {
		GuardDecision decision = this.guard.check(this.origin + "/open/header.html", "GPTBot", Purpose.TDM);
		assertThat(decision.signals()).extracting(Signal::source)
			.contains("tdm-reservation header")
			.doesNotContain("tdm-reservation meta", "tdmrep.json");
		assertThat(decision.answer()).isEqualTo(Answer.ALLOWED);
	}

	@Test
	void tdmRepMetaTagThenWellKnownFile() throws Exception {
		GuardDecision meta = this.guard.check(this.origin + "/open/meta.html", "GPTBot", Purpose.TDM);
		assertThat(meta.signals())
			.anyMatch((s) -> s.source().equals("tdm-reservation meta") && s.verdict() == Verdict.REFUSED);
		GuardDecision file = this.guard.check(this.origin + "/reserved/page.txt", "GPTBot", Purpose.TDM);
		assertThat(file.signals()).anyMatch((s) -> s.source().equals("tdmrep.json") && s.verdict() == Verdict.REFUSED);
		assertThat(file.answer()).isEqualTo(Answer.REFUSED);
	}

	@Test
	void registryRefusalWinsOverAnOpenSite() throws Exception {
		ConsentRecord record = new ConsentRecord("urn:uuid:1", "did:key:z6MkAda",
				List.of(new Identifier.UrlPrefix(this.origin + "/open/")),
				List.of(Rule.of(Effect.PROHIBIT, Purpose.TDM)), Instant.parse("2026-01-01T00:00:00Z"), null, null,
				null);
		CrawlerGuard withRegistry = new CrawlerGuard(Fetcher.http(Duration.ofSeconds(10), 1 << 20),
				RegistrySignal.of(ConsentRules.compile(List.of(record))));
		GuardDecision decision = withRegistry.check(this.origin + "/open/plain.txt", "GPTBot", Purpose.GENAI_TRAIN);
		assertThat(decision.answer()).isEqualTo(Answer.REFUSED);
		assertThat(decision.signals()).anyMatch((s) -> s.source().equals("registry"));
	}

	@Test
	void unreachableRobotsTxtRefusesTheCrawl() throws Exception {
		this.server.stop(0);
		GuardDecision decision = this.guard.check(this.origin + "/plain.txt", "GPTBot", Purpose.SEARCH);
		assertThat(decision.answer()).isEqualTo(Answer.REFUSED);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		Map<String, String> headers = Map.of();
		String type = "text/plain";
		String body = "hello";
		int status = 200;
		switch (path) {
			case "/robots.txt" -> body = ROBOTS;
			case "/noai.jpg" -> headers = Map.of("X-Robots-Tag", "noai, noimageai");
			case "/open/header.html" -> {
				headers = Map.of("tdm-reservation", "0");
				type = "text/html";
				body = "<html><head><meta name=\"tdm-reservation\" content=\"1\"></head></html>";
			}
			case "/open/meta.html" -> {
				type = "text/html";
				body = "<html><head><meta content='1' name='TDM-Reservation'></head></html>";
			}
			case "/.well-known/tdmrep.json" -> {
				type = "application/json";
				body = "[{\"location\": \"/reserved/\", \"tdm-reservation\": 1}, {\"location\": \"/\", \"tdm-reservation\": 0}]";
			}
			default -> {
			}
		}
		exchange.getResponseHeaders().add("Content-Type", type);
		headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
