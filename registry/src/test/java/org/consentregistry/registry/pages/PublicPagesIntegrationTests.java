package org.consentregistry.registry.pages;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages over plain HTTP (the browser tests drive the same pages in Chromium):
 * work and creator pages from real signed records, and friendly error pages for browsers
 * while API clients keep getting problem+json.
 */
@RegistryIntegrationTest(properties = "registry.base-uri=https://registry.example")
class PublicPagesIntegrationTests {

	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

	@Autowired
	RegistryHttp http;

	final String issuer = TestCredentials.CREATOR.did();

	@Test
	void showsAWorkWithItsCurrentTermsTheHistoryAndDownloads() {
		String work = TestConsentCredentials.newId();
		String v1 = submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, work, JAN,
				null, "genai-train"));
		String v2 = submitted(
				TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, work, FEB, v1, "ai-input"));
		HttpResponse<byte[]> page = this.http.get("/works/" + uuid(work), BROWSER);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(RegistryHttp.text(page))
			.contains("<html lang=\"en\"", "Harbour at dusk", "Ada Example", "Use as AI input", "Refused",
					"credit the creator", "https://coop.example/", TestConsentCredentials.url(work),
					"/records/" + uuid(v1), "/records/" + uuid(v2) + "?format=ttl",
					"/records/" + uuid(v2) + "?format=jsonld", "<script type=\"application/ld+json\">{",
					"/log/entries/", "/creators/" + this.issuer, "superseded", "current")
			.doesNotContainPattern("<script(?! type=\"application/ld\\+json\")");
	}

	@Test
	void showsAWithdrawnWorkAsWithdrawn() {
		String work = TestConsentCredentials.newId();
		String v1 = submitted(
				TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, work, JAN, null, null));
		submitted(TestConsentCredentials.withdrawal(TestConsentCredentials.newId(), this.issuer, work, FEB, v1));
		String page = RegistryHttp.text(this.http.get("/works/" + uuid(work), BROWSER));
		assertThat(page).contains("Harbour at dusk", "The creator withdrew these terms", "Withdrawal");
	}

	@Test
	void showsTheNewTermsOfAWorkViewedBeforeItsUpdateAndWithdrawal() {
		String work = TestConsentCredentials.newId();
		String v1 = submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, work, JAN,
				null, "genai-train"));
		String first = RegistryHttp.text(this.http.get("/works/" + uuid(work), BROWSER));
		assertThat(first).containsPattern(refused("genai-train")).doesNotContainPattern(refused("ai-input"));
		String v2 = submitted(
				TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, work, FEB, v1, "ai-input"));
		String updated = RegistryHttp.text(this.http.get("/works/" + uuid(work), BROWSER));
		assertThat(updated).containsPattern(refused("ai-input"))
			.doesNotContainPattern(refused("genai-train"))
			.contains("/records/" + uuid(v2) + "?format=ttl")
			.containsPattern("<script type=\"application/ld\\+json\">[^<]*\"replaces\"");
		submitted(TestConsentCredentials.withdrawal(TestConsentCredentials.newId(), this.issuer, work,
				FEB.plusSeconds(60), v2));
		String withdrawn = RegistryHttp.text(this.http.get("/works/" + uuid(work), BROWSER));
		assertThat(withdrawn).contains("The creator withdrew these terms", "Withdrawal")
			.containsPattern(refused("ai-input"))
			.doesNotContain("<span class=\"status\">current</span>")
			.containsPattern("<script type=\"application/ld\\+json\">[^<]*\"ConsentWithdrawal\"");
	}

	/** The terms table row of a purpose whose verdict is "Refused". */
	private static String refused(String purpose) {
		return "data-purpose=\"" + purpose + "\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*>Refused<";
	}

	@Test
	void listsTheWorksOfACreatorWithTheirStatus() {
		String work = TestConsentCredentials.newId();
		submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, work, JAN, null, null));
		HttpResponse<byte[]> page = this.http.get("/creators/" + this.issuer, BROWSER);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(RegistryHttp.text(page)).contains(this.issuer, "/works/" + uuid(work), "Harbour at dusk", "current");
	}

	@Test
	void listsTheCreatorsNewestWorksAfterEveryChange() {
		String first = TestConsentCredentials.newId();
		String v1 = submitted(
				TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, first, JAN, null, null));
		String before = RegistryHttp.text(this.http.get("/creators/" + this.issuer, BROWSER));
		assertThat(before).containsPattern(row(first, "current"));
		submitted(TestConsentCredentials.withdrawal(TestConsentCredentials.newId(), this.issuer, first, FEB, v1));
		String second = TestConsentCredentials.newId();
		submitted(TestConsentCredentials.consent(TestConsentCredentials.newId(), this.issuer, second, FEB, null, null));
		String after = RegistryHttp.text(this.http.get("/creators/" + this.issuer, BROWSER));
		assertThat(after).containsPattern(row(first, "withdrawn")).containsPattern(row(second, "current"));
		assertThat(after.indexOf("/works/" + uuid(second))).isLessThan(after.indexOf("/works/" + uuid(first)));
	}

	/** A row of the creator page: the work's link, then its status. */
	private static String row(String work, String status) {
		return "/works/" + uuid(work) + "\"[^<]*</a></td>\\s*<td>[^<]*</td>\\s*<td>" + status + "</td>";
	}

	@Test
	void answersBrowsersWithFriendlyPagesAndApiClientsWithProblems() {
		for (String path : new String[] { "/works/00000000-0000-4000-8000-000000000000", "/works/not-a-uuid",
				"/no/such/page", "/creators/did:key:z6MkUnknown" }) {
			HttpResponse<byte[]> page = this.http.get(path, BROWSER);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(RegistryHttp.text(page)).as(path).contains("Page not found", "href=\"/\"");
			expectProblem(this.http.get(path, "*/*"), Problem.NOT_FOUND, path);
		}
		expectProblem(this.http.get("/no/such/page", "application/json"), Problem.NOT_FOUND, "API client");
		expectProblem(this.http.get("/works/00000000-0000-4000-8000-000000000000", "application/json"),
				Problem.NOT_ACCEPTABLE, "a page asked for as JSON");
		String bad = "/creators/" + this.issuer + "?page=" + URLEncoder.encode("<b>x", StandardCharsets.UTF_8);
		HttpResponse<byte[]> page = this.http.get(bad, BROWSER);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(RegistryHttp.text(page)).contains("not right", "&lt;b&gt;x").doesNotContain("<b>x");
		expectProblem(this.http.get(bad, "*/*"), Problem.INVALID_PARAMETER, bad);
	}

	@Test
	void servesTheHomePageWithASearchFormAndOneLocalStylesheet() {
		String page = RegistryHttp.text(this.http.get("/", BROWSER));
		assertThat(page).contains("<form", "action=\"/search\"", "method=\"get\"", "name=\"q\"", "<label for=\"q\"",
				"href=\"/css/site.css\"", "Skip to main content");
		assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
		assertThat(this.http.get("/css/site.css").statusCode()).isEqualTo(200);
	}

	@Test
	void servesSearchResultsToBrowsersAndJsonToEveryoneElse() {
		HttpResponse<byte[]> page = this.http.get("/search?q=harbour", BROWSER);
		assertThat(page.statusCode()).isIn(200, 503);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		for (String accept : new String[] { "application/json", "*/*" }) {
			HttpResponse<byte[]> api = this.http.get("/search?q=harbour", accept);
			assertThat(api.statusCode()).as(accept).isIn(200, 503);
			assertThat(api.headers().firstValue("Content-Type")).as(accept)
				.hasValueSatisfying((type) -> assertThat(type).contains("json"));
		}
	}

	private String submitted(String unsigned) {
		HttpResponse<byte[]> response = this.http.post("/records", "application/vc",
				TestConsentCredentials.signed(unsigned, TestCredentials.CREATOR));
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(201);
		return "urn:uuid:" + RegistryHttp.json(response)
			.get("record")
			.asString()
			.substring("https://registry.example/records/".length());
	}

	static String uuid(String urn) {
		return urn.substring("urn:uuid:".length());
	}

	static void expectProblem(HttpResponse<byte[]> response, Problem problem, String what) {
		assertThat(response.statusCode()).as(what).isEqualTo(problem.status().value());
		assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
		assertThat(RegistryHttp.json(response).get("type").asString()).as(what).isEqualTo(problem.type().toString());
	}

}
