package org.consentregistry.registry.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.consentregistry.blocker.cli.CliException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads a command's input file and writes its result to a file or to the command's
 * standard output, turning I/O failures into one-line {@link CliException}s.
 */
final class Output {

	private Output() {
	}

	static byte[] read(Path file) throws CliException {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new CliException(RegistryCli.IO, "cannot read " + file + ": " + ex.getMessage(), ex);
		}
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
