package org.consentregistry.registry.search;

import java.nio.file.Path;
import java.time.Duration;

import org.consentregistry.registry.RegistryApplication;
import org.consentregistry.registry.consent.ConsentSubmissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The indexer's high-water mark lives with the documents: after a restart it indexes only
 * what the journal gained since, into the same versioned index (no rebuild).
 */
class SearchIndexerRestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void resumesFromTheStoredMarkAfterARestart() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			submit(first, "Pangolin one");
			submit(first, "Pangolin two");
			awaitTotal(first, "pangolin", 2);
			first.getBean(SearchIndexer.class).stop();
			submit(first, "Pangolin three");
			assertThat(first.getBean(SearchIndex.class).position()).isEqualTo(2);
		}
		try (ConfigurableApplicationContext second = start()) {
			awaitTotal(second, "pangolin", 3);
			SearchIndex index = second.getBean(SearchIndex.class);
			assertThat(index.health().version()).isEqualTo("records-v1");
			assertThat(index.position()).isEqualTo(3);
		}
	}

	@Test
	void rebuildsAnEmptyIndexOverAFilledStore() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			submit(first, "Okapi one");
			awaitTotal(first, "okapi", 1);
		}
		deleteSearchDirectory();
		try (ConfigurableApplicationContext second = start()) {
			awaitTotal(second, "okapi", 1);
			assertThat(second.getBean(SearchIndex.class).health().version()).isEqualTo("records-v2");
		}
	}

	@Test
	void reindexCommandRebuildsTheIndexOfAStoppedRegistry() throws Exception {
		try (ConfigurableApplicationContext first = start()) {
			submit(first, "Tapir one");
			submit(first, "Tapir two");
			awaitTotal(first, "tapir", 2);
		}
		java.io.StringWriter out = new java.io.StringWriter();
		java.io.StringWriter err = new java.io.StringWriter();
		int exit = org.consentregistry.registry.cli.RegistryCli.run(
				new String[] { "reindex", "--data-dir", this.dataDir.resolve("tdb2").toString(), "--set",
						"registry.base-uri=https://registry.example" },
				new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
		assertThat(exit).as(err.toString()).isZero();
		assertThat(out.toString()).startsWith("reindexed 2 documents into records-v2");
		try (ConfigurableApplicationContext second = start()) {
			SearchIndex index = second.getBean(SearchIndex.class);
			assertThat(index.health().version()).isEqualTo("records-v2");
			awaitTotal(second, "tapir", 2);
		}
	}

	private void deleteSearchDirectory() throws Exception {
		try (var files = java.nio.file.Files.walk(this.dataDir.resolve("tdb2/search"))) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				java.nio.file.Files.delete(file);
			}
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RegistryApplication.class).web(WebApplicationType.SERVLET)
			.run("--server.port=0", "--registry.graph.data-dir=" + this.dataDir.resolve("tdb2"),
					"--registry.base-uri=https://registry.example");
	}

	private static void submit(ConfigurableApplicationContext context, String title) throws Exception {
		context.getBean(ConsentSubmissions.class)
			.submit(SearchCredentials.signed(title, "a shy animal"), "application/vc");
	}

	private static void awaitTotal(ConfigurableApplicationContext context, String text, long total) {
		SearchIndex index = context.getBean(SearchIndex.class);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(index.search(SearchQuery.builder().text(text).build()).total()).isEqualTo(total));
	}

}
