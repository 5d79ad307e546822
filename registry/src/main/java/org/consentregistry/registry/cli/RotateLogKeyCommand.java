package org.consentregistry.registry.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;

import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.registry.log.LogKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rotate-log-key}: replaces the transparency log's signing key and keeps the old
 * verifier key as retired, so that checkpoints signed before keep verifying. The registry
 * signs with the new key from its next start.
 */
@Command(name = "rotate-log-key", mixinStandardHelpOptions = true,
		description = "Replace the log's signing key; the old key stays published as retired. Restart the registry after.")
final class RotateLogKeyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--key-dir", defaultValue = "./data/log-keys",
			description = "the log key directory, registry.log.key-dir (default: ${DEFAULT-VALUE})")
	Path keyDir;

	@Option(names = "--origin", required = true,
			description = "the log's origin, registry.log.origin (for example registry.example/log)")
	String origin;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		try {
			LogKeys keys = LogKeys.rotate(this.keyDir, this.origin, new SecureRandom());
			this.spec.commandLine().getOut().println("new log key: " + keys.signer().verifier().verifierKey());
			this.spec.commandLine().getOut().println("retired:     " + keys.retired().size() + " key(s)");
			this.spec.commandLine().getOut().flush();
			return RegistryCli.OK;
		}
		catch (IOException ex) {
			throw new CliException(RegistryCli.IO, "cannot rotate the key in " + this.keyDir + ": " + ex.getMessage(),
					ex);
		}
		catch (IllegalStateException ex) {
			throw new CliException(RegistryCli.REFUSED, ex.getMessage(), ex);
		}
	}

}
