package org.consentregistry.registry.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command of the creators' client. Exit codes: {@value #OK} success,
 * {@value #REFUSED} the credential or key was refused (bad signature, refused
 * submission), {@value #USAGE} wrong usage, {@value #IO} a file or the registry could not
 * be reached.
 */
@Command(name = "consent-registry", mixinStandardHelpOptions = true, versionProvider = RegistryCli.Version.class,
		description = "Make a key, sign consent terms, submit them to a registry and verify them offline.",
		subcommands = { KeygenCommand.class, SignCommand.class, SubmitCommand.class, VerifyCommand.class,
				CompactCommand.class, ReindexCommand.class, VerifyReceiptCommand.class, VerifyConsistencyCommand.class,
				RotateLogKeyCommand.class, CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success",
				"1:refused: bad signature, invalid credential or receipt, inconsistent checkpoints, or the registry said no",
				"2:usage error (see --help)", "3:a file or the registry could not be read or reached" })
public final class RegistryCli {

	/** Success. */
	public static final int OK = 0;

	/** The credential, key or submission was refused. */
	public static final int REFUSED = 1;

	/** Wrong usage. */
	public static final int USAGE = 2;

	/** A file or the registry could not be read, written or reached. */
	public static final int IO = 3;

	private static final Set<String> COMMANDS = Set.of("keygen", "sign", "submit", "verify", "compact", "reindex",
			"verify-receipt", "verify-consistency", "rotate-log-key", "help", "--help", "-h", "--version", "-V");

	private RegistryCli() {
	}

	/** Whether the arguments ask for the client rather than the server. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs the client and returns its exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cli = commandLine();
		cli.setOut(out);
		cli.setErr(err);
		return cli.execute(args);
	}

	static CommandLine commandLine() {
		CommandLine cli = new CommandLine(new RegistryCli());
		cli.setExecutionExceptionHandler(new CliErrors());
		cli.setParameterExceptionHandler(CliErrors::usage);
		return cli;
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = RegistryCli.class.getPackage().getImplementationVersion();
			return new String[] { "consent-registry " + ((version != null) ? version : "development build") };
		}

	}

}
