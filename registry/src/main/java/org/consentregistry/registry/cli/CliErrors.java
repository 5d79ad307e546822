package org.consentregistry.registry.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import org.consentregistry.blocker.cli.CliException;

/**
 * Prints failures as one line (a stack trace only with {@code --verbose}) and picks the
 * documented exit code.
 */
final class CliErrors implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
		PrintWriter err = cmd.getErr();
		int code = (ex instanceof CliException cli) ? cli.exitCode() : RegistryCli.IO;
		err.println(cmd.getCommandName() + ": " + ex.getMessage());
		if (parsed.hasMatchedOption("--verbose")) {
			ex.printStackTrace(err);
		}
		err.flush();
		return code;
	}

	static int usage(ParameterException ex, String[] args) {
		CommandLine cmd = ex.getCommandLine();
		PrintWriter err = cmd.getErr();
		err.println(cmd.getCommandName() + ": " + ex.getMessage() + " (see --help)");
		err.flush();
		return RegistryCli.USAGE;
	}

}
