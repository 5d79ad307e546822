package org.consentregistry.registry;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.consentregistry.registry.cli.RegistryCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Consent Registry service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistryApplication {

	/**
	 * Starts the registry, or runs the creators' client when the first argument names one
	 * of its commands ({@code keygen}, {@code sign}, {@code submit}, {@code verify}).
	 * @param args the command line
	 */
	public static void main(String[] args) {
		if (RegistryCli.handles(args)) {
			PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
			PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
			System.exit(RegistryCli.run(args, out, err));
		}
		SpringApplication.run(RegistryApplication.class, args);
	}

}
