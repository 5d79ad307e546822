package org.consentregistry.registry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.registry.RegistryApplication;
import org.consentregistry.registry.search.RebuildResult;
import org.consentregistry.registry.search.SearchIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code reindex}: rebuilds the search index from the store into a new versioned index
 * and swaps the alias, with the registry stopped (a running registry rebuilds through
 * {@code POST /admin/search/reindex} instead). It starts the registry's components on an
 * ephemeral loopback port without the background indexer, so the backend is configured as
 * for the server ({@code application.yml}, environment, {@code --set}).
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
		description = "Rebuild the search index from the store (stop the registry first).")
final class ReindexCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data-dir", defaultValue = "./data/tdb2",
			description = "the TDB2 data directory (default: ${DEFAULT-VALUE})")
	Path dataDir;

	@Option(names = "--set", paramLabel = "KEY=VALUE",
			description = "a registry setting, e.g. --set registry.search.backend=elasticsearch")
	Map<String, String> settings = Map.of();

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		if (!Files.isDirectory(this.dataDir)) {
			throw new CliException(RegistryCli.IO, this.dataDir + " is not a directory");
		}
		RebuildResult result;
		try (ConfigurableApplicationContext context = start()) {
			result = context.getBean(SearchIndexer.class).rebuild();
		}
		catch (RuntimeException ex) {
			throw new CliException(RegistryCli.IO, "cannot rebuild the search index of " + this.dataDir
					+ " (is the registry still running?): " + ex.getMessage(), ex);
		}
		this.spec.commandLine()
			.getOut()
			.printf("reindexed %d documents into %s in %d ms (%d per second), journal position %d%n",
					result.documents(), result.version(), result.duration().toMillis(),
					Math.round(result.documentsPerSecond()), result.position());
		this.spec.commandLine().getOut().flush();
		return RegistryCli.OK;
	}

	private ConfigurableApplicationContext start() {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--registry.search.indexing=false", "--registry.graph.data-dir=" + this.dataDir,
				"--logging.level.root=WARN", "--spring.main.log-startup-info=false"));
		this.settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(RegistryApplication.class).web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.run(arguments.toArray(String[]::new));
	}

}
