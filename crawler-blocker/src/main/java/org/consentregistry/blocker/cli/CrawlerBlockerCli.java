package org.consentregistry.blocker.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command. Exit codes: {@value #OK} success, {@value #REFUSED} a snapshot was
 * refused (bad signature, altered file, wrong base) or, with {@code --strict}, malformed
 * lines were found, {@value #USAGE} wrong usage, {@value #IO} a file or the registry
 * could not be read, written or reached, {@value #BASE} {@code fetch --since}: the local
 * snapshot cannot take the incremental (altered, or not its base; fetch a full one).
 */
@Command(name = "crawler-blocker", mixinStandardHelpOptions = true, versionProvider = CrawlerBlockerCli.Version.class,
		description = "Fetch signed consent snapshots from a registry and filter dataset manifests against them.",
		subcommands = { FetchCommand.class, FilterCommand.class, CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:refused: a snapshot failed verification, or --strict and malformed lines",
				"2:usage error (see --help)", "3:a file or the registry could not be read, written or reached",
				"4:fetch --since: the local snapshot is altered or not the incremental's base (fetch without --since)" })
public final class CrawlerBlockerCli {

	/** Success. */
	public static final int OK = 0;

	/** A snapshot was refused, or malformed lines were found under {@code --strict}. */
	public static final int REFUSED = 1;

	/** Wrong usage. */
	public static final int USAGE = 2;

	/** A file or the registry could not be read, written or reached. */
	public static final int IO = 3;

	/**
	 * {@code fetch --since}: the local snapshot fails verification or is not the base the
	 * incremental names; nothing was changed, and a full fetch repairs it.
	 */
	public static final int BASE = 4;

	private CrawlerBlockerCli() {
	}

	/** Runs the command line and exits with its code. */
	public static void main(String[] args) {
		PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
		System.exit(run(args, out, err));
	}

	/** Runs the command line and returns its exit code. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cli = new CommandLine(new CrawlerBlockerCli());
		cli.setOut(out);
		cli.setErr(err);
		cli.setExecutionExceptionHandler(new CliErrors());
		cli.setParameterExceptionHandler(CliErrors::usage);
		return cli.execute(args);
	}

	/** The engine version, as named in receipts. */
	static String version() {
		String version = CrawlerBlockerCli.class.getPackage().getImplementationVersion();
		return "crawler-blocker " + ((version != null) ? version : "development build") + " (snapshot format 1)";
	}

	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			return new String[] { version() };
		}

	}

}
