package org.consentregistry.registry.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.consentregistry.registry.consent.CR;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages in a real headless Chromium: a visitor's path through them, with
 * axe-core's WCAG 2.2 AA rules checked on every page and screenshots kept in
 * {@code target/screenshots}. One browser serves the whole class.
 */
@RegistryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	RegistryHttp http;

	HeadlessChromium chromium;

	ChromeDriver browser;

	TestWorks works;

	@BeforeAll
	void startBrowserAndSubmitWorks() throws IOException {
		this.works = TestWorks.submit(this.http, 8);
		this.chromium = HeadlessChromium.start();
		this.browser = this.chromium.driver();
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void visitorSearchesFiltersByPurposeOpensAWorkReadsItsTermsFollowsTheHistoryAndDownloadsTheTurtle()
			throws IOException {
		String title = this.works.titles().get(0);
		String word = title.substring(0, title.indexOf(' '));
		open("/");
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until((driver) -> {
			open("/");
			driver.findElement(By.id("q")).sendKeys(word);
			driver.findElement(By.cssSelector("form[role=search] button")).click();
			return driver.findElements(By.cssSelector("ol.hits li")).size() > 0;
		});
		check("results");
		assertThat(this.browser.findElement(By.cssSelector("ol.hits mark")).getText()).isEqualToIgnoringCase(word);
		this.browser.findElement(By.id("f-purpose-genai-train-refused")).click();
		this.browser.findElement(By.cssSelector("form.facets button")).click();
		check("results-filtered");
		assertThat(this.browser.getCurrentUrl()).contains("purpose=genai-train%3Arefused");
		this.browser.findElement(By.cssSelector("ol.hits li[data-record='" + uuid(this.works.updated()) + "'] h3 a"))
			.click();
		assertThat(this.browser.getCurrentUrl()).endsWith("/works/" + uuid(this.works.works().get(0)));
		check("work");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(this.works.titles().get(0));
		WebElement genai = this.browser.findElement(By.cssSelector("tr[data-purpose='genai-train']"));
		assertThat(genai.findElement(By.tagName("th")).getText()).isEqualTo("Generative AI training");
		assertThat(genai.findElements(By.tagName("td")).get(0).getText()).isEqualTo("Refused");

		List<WebElement> versions = this.browser.findElements(By.cssSelector("table.history tbody tr"));
		assertThat(versions).hasSize(2);
		versions.get(0).findElement(By.tagName("a")).click();
		check("record-superseded");
		assertThat(this.browser.getCurrentUrl()).endsWith(uuid(this.works.firstVersion()));
		assertThat(this.browser.getPageSource()).contains("A newer version exists");

		this.browser.findElement(By.linkText("the work")).click();
		this.browser.findElement(By.cssSelector("a.download-turtle")).click();
		Path turtle = awaitDownload(".ttl");
		Graph graph = RDFParser.source(turtle).lang(Lang.TURTLE).toGraph();
		assertThat(graph.contains(NodeFactory.createURI(this.works.works().get(0)), RDF.type.asNode(), CR.Work))
			.isTrue();
	}

	@Test
	void homeCreatorAndErrorPagesAreAccessible() {
		open("/");
		check("home");
		assertThat(this.browser.findElement(By.cssSelector("label[for=q]")).getText()).isNotBlank();
		open("/creators/" + TestCredentials.CREATOR.did());
		check("creator");
		assertThat(this.browser.findElements(By.cssSelector("main tbody tr"))).hasSize(8);
		open("/works/00000000-0000-4000-8000-000000000000");
		check("not-found");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		open("/creators/" + TestCredentials.CREATOR.did() + "?page=zero");
		check("bad-request");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("not right");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void check(String name) {
		this.chromium.screenshot(name);
		this.chromium.assertAccessible(name + " " + this.browser.getCurrentUrl());
	}

	private Path awaitDownload(String suffix) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(15)).until((driver) -> {
			try (var files = Files.list(this.chromium.downloads())) {
				return files.filter((file) -> file.toString().endsWith(suffix)).findFirst().orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	/** The UUID a work IRI ({@code urn:uuid:…}) or a record IRI ends with. */
	static String uuid(String iri) {
		return iri.substring(iri.length() - 36);
	}

}
