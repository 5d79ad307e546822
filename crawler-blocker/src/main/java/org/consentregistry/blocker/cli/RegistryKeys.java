package org.consentregistry.blocker.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.tlog.NoteException;
import org.consentregistry.blocker.tlog.NoteVerifier;

/**
 * Reads the registry keys given with {@code --registry-key}: each value is a verifier key
 * ({@code <name>+<hex key ID>+<base64 key>}) or a file of them, one a line, as the
 * registry serves at {@code /.well-known/consent-registry/log-keys}.
 */
final class RegistryKeys {

	private RegistryKeys() {
	}

	static List<NoteVerifier> read(List<String> values) throws CliException {
		List<NoteVerifier> keys = new ArrayList<>();
		for (String value : values) {
			Path file = Path.of(value);
			if (value.contains("+") && !Files.exists(file)) {
				keys.add(parse(value, "--registry-key"));
				continue;
			}
			try {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						keys.add(parse(line.strip(), file.toString()));
					}
				}
			}
			catch (IOException ex) {
				throw new CliException(CrawlerBlockerCli.IO,
						"cannot read the key file " + value + ": " + ex.getMessage(), ex);
			}
		}
		if (keys.isEmpty()) {
			throw new CliException(CrawlerBlockerCli.USAGE, "no registry key given (see --help)");
		}
		return keys;
	}

	private static NoteVerifier parse(String key, String source) throws CliException {
		try {
			return NoteVerifier.parse(key);
		}
		catch (NoteException ex) {
			throw new CliException(CrawlerBlockerCli.USAGE,
					source + ": not a registry verifier key: " + ex.getMessage(), ex);
		}
	}

}
