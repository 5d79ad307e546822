package org.consentregistry.registry.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.blocker.tlog.NoteException;
import org.consentregistry.blocker.tlog.NoteVerifier;

/**
 * Reads the log verifier keys given with {@code --key}: each value is a verifier key
 * ({@code <name>+<hex key ID>+<base64 key>}) or a file of them, one a line, as served at
 * {@code /.well-known/consent-registry/log-keys}.
 */
final class LogVerifierKeys {

	private LogVerifierKeys() {
	}

	static List<NoteVerifier> read(List<String> values) throws CliException {
		List<NoteVerifier> keys = new ArrayList<>();
		for (String value : values) {
			if (value.contains("+") && !Files.exists(path(value))) {
				keys.add(parse(value, "--key"));
				continue;
			}
			Path file = path(value);
			try {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						keys.add(parse(line, file.toString()));
					}
				}
			}
			catch (IOException ex) {
				throw new CliException(RegistryCli.IO, "cannot read the key file " + value + ": " + ex.getMessage(),
						ex);
			}
		}
		if (keys.isEmpty()) {
			throw new CliException(RegistryCli.USAGE, "no verifier key given (see --help)");
		}
		return keys;
	}

	private static NoteVerifier parse(String vkey, String source) throws CliException {
		try {
			return NoteVerifier.parse(vkey);
		}
		catch (NoteException ex) {
			throw new CliException(RegistryCli.USAGE, "not a log verifier key in " + source + ": " + ex.getMessage(),
					ex);
		}
	}

	private static Path path(String value) throws CliException {
		try {
			return Path.of(value);
		}
		catch (InvalidPathException ex) {
			throw new CliException(RegistryCli.USAGE, "neither a verifier key nor a file: " + value, ex);
		}
	}

}
