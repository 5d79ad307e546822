package org.consentregistry.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialVerifier;
import org.consentregistry.registry.credential.VerifiedCredential;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: checks a signed credential offline, without contacting any registry.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
		description = "Verify a signed consent credential offline (no network).")
final class VerifyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "CREDENTIAL", description = "the signed credential (JSON-LD file)")
	Path credential;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		byte[] bytes = Output.read(this.credential);
		try {
			VerifiedCredential verified = new CredentialVerifier().verify(bytes);
			PrintWriter out = this.spec.commandLine().getOut();
			out.println("verified: " + this.credential);
			out.println("  issuer: " + verified.issuer());
			out.println("  key:    " + verified.verificationMethod());
			if (verified.id() != null) {
				out.println("  id:     " + verified.id());
			}
			out.flush();
			return RegistryCli.OK;
		}
		catch (CredentialException ex) {
			throw new CliException(RegistryCli.REFUSED, "not verified ("
					+ ex.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "): " + ex.getMessage(),
					ex);
		}
	}

}
