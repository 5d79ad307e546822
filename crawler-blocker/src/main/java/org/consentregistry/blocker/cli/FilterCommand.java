package org.consentregistry.blocker.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.consentregistry.blocker.manifest.FilterResult;
import org.consentregistry.blocker.manifest.FilterSettings;
import org.consentregistry.blocker.manifest.ManifestFilter;
import org.consentregistry.blocker.snapshot.Snapshot;
import org.consentregistry.blocker.snapshot.SnapshotReader;
import org.consentregistry.blocker.snapshot.SnapshotVerificationException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code filter}: streams a dataset manifest against a verified snapshot, writing kept
 * lines, dropped lines with reasons and a signed receipt.
 */
@Command(name = "filter", mixinStandardHelpOptions = true,
		description = "Filter a dataset manifest (JSONL or CSV) against a verified snapshot; write kept lines, dropped"
				+ " lines with reasons and evidence, and a receipt signed with the co-op's key.")
final class FilterCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--snapshot", required = true, description = "snapshot directory written by 'fetch'")
	Path snapshot;

	@Option(names = "--registry-key", required = true,
			description = "registry verifier key, or a file of them, that must have signed the snapshot")
	List<String> registryKeys;

	@Option(names = "--input", required = true, description = "the dataset manifest")
	Path input;

	@Option(names = "--format", description = "jsonl or csv (default: csv for *.csv, else jsonl)")
	@Nullable String format;

	@Option(names = "--url-field", defaultValue = "url", description = "member or column of the URL (${DEFAULT-VALUE})")
	String urlField;

	@Option(names = "--hash-field", defaultValue = "sha256",
			description = "member or column of the hex SHA-256 of the item (${DEFAULT-VALUE})")
	String hashField;

	@Option(names = "--kept", required = true, description = "where kept lines go (same format as the input)")
	Path kept;

	@Option(names = "--dropped", required = true, description = "where dropped lines go (JSONL with reasons)")
	Path dropped;

	@Option(names = "--receipt", required = true, description = "where the signed receipt goes")
	Path receipt;

	@Option(names = "--key", required = true, description = "the co-op's key file (Multikey JSON) to sign with")
	Path key;

	@Option(names = "--unknown", defaultValue = "drop",
			description = "keep or drop items no record decides: drop for an opt-in regime (${DEFAULT-VALUE}),"
					+ " keep for opt-out")
	String unknown;

	@Option(names = "--recipient", description = "the co-op's identifier, for rules limited to named co-ops")
	@Nullable String recipient;

	@Option(names = "--commercial", description = "true or false: whether the use is commercial")
	@Nullable Boolean commercial;

	@Option(names = "--at", description = "decide as of this instant (default: now)")
	@Nullable Instant at;

	@Option(names = "--progress", defaultValue = "auto", description = "auto (on a terminal), always or never")
	String progress;

	@Option(names = "--strict", description = "exit with 1 if any line is malformed")
	boolean strict;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		if (!this.unknown.equals("keep") && !this.unknown.equals("drop")) {
			throw new CliException(CrawlerBlockerCli.USAGE, "--unknown must be keep or drop, got " + this.unknown);
		}
		CoopKey coopKey = CoopKey.read(this.key);
		Snapshot verified = verifiedSnapshot();
		FilterSettings settings = settings();
		Progress listener = new Progress(this.spec.commandLine().getErr(), showProgress(), size(this.input));
		FilterResult result = run(verified, settings, listener);
		listener.finish();
		writeReceipt(FilterReceipt.write(this.input.getFileName().toString(), settings, verified, result, Instant.now(),
				coopKey));
		this.spec.commandLine()
			.getOut()
			.printf("kept %d, dropped %d (refused %d, unknown %d, malformed %d) of %d lines; receipt in %s%n",
					result.kept(), result.dropped(), result.refused(), result.unknownDropped(), result.malformed(),
					result.lines(), this.receipt);
		return (this.strict && result.malformed() > 0) ? CrawlerBlockerCli.REFUSED : CrawlerBlockerCli.OK;
	}

	private Snapshot verifiedSnapshot() throws CliException {
		try {
			return new SnapshotReader(RegistryKeys.read(this.registryKeys)).read(this.snapshot);
		}
		catch (SnapshotVerificationException ex) {
			throw new CliException(CrawlerBlockerCli.REFUSED,
					"refused the snapshot in " + this.snapshot + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new CliException(CrawlerBlockerCli.IO, "cannot read the snapshot in " + this.snapshot + ": " + ex,
					ex);
		}
	}

	private FilterSettings settings() throws CliException {
		String chosen = (this.format != null) ? this.format
				: this.input.getFileName().toString().endsWith(".csv") ? "csv" : "jsonl";
		if (!chosen.equals("jsonl") && !chosen.equals("csv")) {
			throw new CliException(CrawlerBlockerCli.USAGE, "--format must be jsonl or csv, got " + chosen);
		}
		return new FilterSettings(chosen, this.urlField, this.hashField, this.recipient, this.commercial,
				(this.at != null) ? this.at : Instant.now(), this.unknown.equals("drop"));
	}

	private FilterResult run(Snapshot verified, FilterSettings settings, Progress listener) throws CliException {
		ManifestFilter filter = new ManifestFilter(verified.rules(), verified.manifest().purpose(), settings);
		try (InputStream in = Files.newInputStream(this.input);
				OutputStream keptOut = new BufferedOutputStream(Files.newOutputStream(this.kept), 1 << 20);
				OutputStream droppedOut = new BufferedOutputStream(Files.newOutputStream(this.dropped), 1 << 20)) {
			return filter.run(in, keptOut, droppedOut, listener);
		}
		catch (NoSuchFileException ex) {
			throw new CliException(CrawlerBlockerCli.IO, "no such file: " + ex.getFile(), ex);
		}
		catch (IOException ex) {
			throw new CliException(CrawlerBlockerCli.IO, "filtering " + this.input + " failed: " + ex.getMessage(), ex);
		}
	}

	private void writeReceipt(String json) throws CliException {
		try {
			Files.writeString(this.receipt, json, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new CliException(CrawlerBlockerCli.IO, "cannot write " + this.receipt + ": " + ex.getMessage(), ex);
		}
	}

	private boolean showProgress() {
		return this.progress.equals("always") || (this.progress.equals("auto") && System.console() != null);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
