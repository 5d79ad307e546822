package org.consentregistry.registry.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole registry on a random port over its own temporary data directory, for one test
 * class. The directory ({@link TemporaryDataDirectory}, with the TDB2 dataset in
 * {@code tdb2} and the log keys beside it) is removed after every bean of the context has
 * been destroyed, so no background writer races its deletion; the context is closed after
 * the class. A {@link RegistryHttp} client for the running server can be injected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ContextCustomizerFactories(TemporaryDataDirectory.Factory.class)
public @interface RegistryIntegrationTest {

	/**
	 * Properties in the form {@code key=value} added to the registry's environment.
	 * @return the properties
	 */
	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

}
