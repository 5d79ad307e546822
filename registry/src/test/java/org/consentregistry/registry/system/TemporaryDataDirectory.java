package org.consentregistry.registry.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The temporary directory that a {@link RegistryIntegrationTest} context keeps its data
 * in: {@code registry.graph.data-dir} is its {@code tdb2} subdirectory, so the log keys
 * (kept beside the data by default) stay inside it too. The bean is registered before any
 * other, so it is destroyed after all of them and deletes the directory last.
 *
 * @param root the directory
 */
public record TemporaryDataDirectory(Path root) implements DisposableBean {

	/**
	 * The TDB2 dataset's directory, {@code registry.graph.data-dir}.
	 * @return the directory
	 */
	public Path graph() {
		return this.root.resolve("tdb2");
	}

	@Override
	public void destroy() throws IOException {
		try (Stream<Path> files = Files.walk(this.root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/**
	 * Gives each context of an annotated test class its own directory.
	 */
	static final class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new Customizer();
		}

	}

	/**
	 * Creates the directory, points the registry at it and registers the test client.
	 */
	record Customizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TemporaryDataDirectory directory = create();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("temporaryDataDirectory",
						Map.of("registry.graph.data-dir", directory.graph().toString())));
			DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
			beans.registerSingleton("temporaryDataDirectory", directory);
			beans.registerDisposableBean("temporaryDataDirectory", directory);
			((GenericApplicationContext) context).registerBean(RegistryHttp.class,
					() -> new RegistryHttp(
							context.getEnvironment().getRequiredProperty("local.server.port", Integer.class)),
					(definition) -> definition.setLazyInit(true));
		}

		private static TemporaryDataDirectory create() {
			try {
				return new TemporaryDataDirectory(Files.createTempDirectory("registry-test-"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
