package org.consentregistry.registry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes a command's result to a file or to the command's standard output.
 */
final class Output {

	private Output() {
	}

	static void write(CommandSpec spec, @Nullable Path file, byte[] bytes) throws CliException {
		if (file == null) {
			PrintWriter out = spec.commandLine().getOut();
			out.println(new String(bytes, StandardCharsets.UTF_8));
			out.flush();
			return;
		}
		try {
			Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new CliException(RegistryCli.IO, "cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

}
