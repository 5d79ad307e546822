package org.consentregistry.registry.pages;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium, headless, driven through Debian's chromium-driver (both installed by
 * {@code .ci/run}), with axe-core for accessibility checks and screenshots as test
 * artefacts. A missing browser or driver fails the test; it never skips. Nothing is
 * fetched from the network: the driver paths are given, so Selenium Manager never runs.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** The axe-core rule tags checked: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ChromeDriver driver;

	private final Path profile;

	private final Path downloads;

	private final String axe;

	private HeadlessChromium(ChromeDriver driver, Path profile, Path downloads, String axe) {
		this.driver = driver;
		this.profile = profile;
		this.downloads = downloads;
		this.axe = axe;
	}

	static HeadlessChromium start() throws IOException {
		for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(program)) {
				fail(program + " is missing: install Debian's chromium and chromium-driver "
						+ "(apt-get install chromium chromium-driver; .ci/run does)");
			}
		}
		Path profile = Files.createTempDirectory("chromium-profile");
		Path downloads = Files.createTempDirectory("chromium-downloads");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=en-GB", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)).pageLoadTimeout(Duration.ofSeconds(30));
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		return new HeadlessChromium(driver, profile, downloads, axeSource());
	}

	ChromeDriver driver() {
		return this.driver;
	}

	Path downloads() {
		return this.downloads;
	}

	/**
	 * Runs axe-core on the current page and fails listing every violation of the WCAG
	 * 2.0-2.2 A and AA rules.
	 */
	void assertAccessible(String page) {
		this.driver.executeScript(this.axe);
		Object result = this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then((results) => done(JSON.stringify(results.violations)))
				  .catch((error) => done('axe failed: ' + error));
				""", WCAG_TAGS);
		String json = String.valueOf(result);
		assertThat(json).as("axe-core on %s", page).startsWith("[");
		JsonNode violations = JSON.readTree(json);
		StringBuilder report = new StringBuilder();
		for (JsonNode violation : violations) {
			report.append("\n- ")
				.append(violation.get("id").asString())
				.append(" (")
				.append(violation.path("impact").asString())
				.append("): ")
				.append(violation.get("help").asString());
			for (JsonNode node : violation.get("nodes")) {
				report.append("\n    ").append(node.get("target")).append(" ").append(node.path("failureSummary"));
			}
		}
		assertThat(violations.size()).as("axe-core WCAG 2.2 AA violations on %s:%s", page, report).isZero();
	}

	/** Saves a screenshot of the viewport as {@code target/screenshots/<name>.png}. */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String axeSource() throws IOException {
		try (InputStream in = HeadlessChromium.class.getResourceAsStream("/axe/axe.min.js")) {
			assertThat(in).as("axe-core on the test classpath (src/test/resources/axe)").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		delete(this.profile);
		delete(this.downloads);
	}

	private static void delete(Path dir) throws IOException {
		try (var files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
