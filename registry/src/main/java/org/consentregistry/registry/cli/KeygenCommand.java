package org.consentregistry.registry.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.registry.credential.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code keygen}: makes a new Ed25519 key and prints its {@code did:key}.
 */
@Command(name = "keygen", mixinStandardHelpOptions = true,
		description = "Make a new Ed25519 signing key; the key file is readable by its owner only.")
final class KeygenCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = { "-o", "--out" }, defaultValue = "consent-key.json",
			description = "key file to write (default: ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--force", description = "replace an existing key file")
	boolean force;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		SigningKey key = SigningKey.generate();
		KeyFiles.write(this.out, key, this.force);
		this.spec.commandLine().getOut().println(key.did());
		return RegistryCli.OK;
	}

}
