package org.consentregistry.blocker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.snapshot.FileEntry;
import org.consentregistry.blocker.snapshot.Snapshot;
import org.consentregistry.blocker.snapshot.SnapshotManifest;
import org.consentregistry.blocker.snapshot.SnapshotReader;
import org.consentregistry.blocker.snapshot.SnapshotVerificationException;
import org.consentregistry.blocker.snapshot.SnapshotWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fetch}: downloads the latest snapshot for a purpose (or an incremental one since
 * the snapshot already in {@code --out}), verifies it, and only then installs it.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
		description = "Download and verify the latest signed snapshot of a purpose from a registry.")
final class FetchCommand implements Callable<Integer> {

	private static final long MAX_MANIFEST = 1 << 20;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", description = "the registry's base URL, e.g. https://registry.example")
	String registry;

	@Option(names = "--purpose", required = true, description = "tdm, ai-train, genai-train, ai-input or search")
	String purpose;

	@Option(names = "--out", required = true, description = "the snapshot directory (created if missing)")
	Path out;

	@Option(names = "--registry-key", required = true,
			description = "registry verifier key, or a file of them, that must have signed the snapshot")
	List<String> registryKeys;

	@Option(names = "--since", description = "tree size of the snapshot in --out: fetch only what changed since")
	@Nullable Long since;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		Purpose wanted = Purpose.of(this.purpose)
			.orElseThrow(() -> new CliException(CrawlerBlockerCli.USAGE, "unknown purpose '" + this.purpose + "'"));
		SnapshotReader reader = new SnapshotReader(RegistryKeys.read(this.registryKeys));
		SnapshotDownload download = new SnapshotDownload(this.registry);
		Path incoming = null;
		Path staging = null;
		try {
			Files.createDirectories(this.out);
			incoming = Files.createTempDirectory(this.out, ".incoming-");
			Snapshot installed;
			if (this.since == null) {
				SnapshotManifest manifest = download(download, reader, wanted.token() + "/latest", incoming, wanted);
				reader.read(incoming);
				install(incoming, manifest.files());
			}
			else {
				requireSince(local(reader));
				SnapshotManifest manifest = download(download, reader, wanted.token() + "/since/" + this.since,
						incoming, wanted);
				staging = Files.createTempDirectory(this.out, ".staging-");
				reader.apply(this.out, incoming, staging);
				install(staging, manifest.result());
			}
			installed = reader.read(this.out);
			report(installed.manifest());
			return CrawlerBlockerCli.OK;
		}
		catch (SnapshotVerificationException ex) {
			if (ex.reason() == SnapshotVerificationException.Reason.BASE) {
				throw new CliException(CrawlerBlockerCli.BASE, "cannot apply the incremental snapshot: "
						+ ex.getMessage() + "; fetch without --since to replace it", ex);
			}
			throw new CliException(CrawlerBlockerCli.REFUSED, "refused the snapshot: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new CliException(CrawlerBlockerCli.IO, "cannot write into " + this.out + ": " + ex, ex);
		}
		finally {
			delete(incoming);
			delete(staging);
		}
	}

	private SnapshotManifest download(SnapshotDownload download, SnapshotReader reader, String path, Path dir,
			Purpose wanted) throws CliException, SnapshotVerificationException, IOException {
		download.get("snapshots/" + path + "/" + SnapshotWriter.MANIFEST, dir.resolve(SnapshotWriter.MANIFEST),
				MAX_MANIFEST);
		download.get("snapshots/" + path + "/" + SnapshotWriter.SIGNATURE, dir.resolve(SnapshotWriter.SIGNATURE),
				MAX_MANIFEST);
		SnapshotManifest manifest = reader.manifest(dir);
		if (manifest.purpose() != wanted || manifest.incremental() != (this.since != null)) {
			throw new CliException(CrawlerBlockerCli.REFUSED,
					"expected a " + ((this.since != null) ? "n incremental " : " full ") + wanted.token()
							+ " snapshot, the registry sent a " + manifest.kind() + " " + manifest.purpose().token()
							+ " one");
		}
		String files = "snapshots/" + wanted.token() + "/" + manifest.checkpoint().size()
				+ ((this.since != null) ? "/since/" + this.since : "") + "/";
		for (FileEntry file : manifest.files()) {
			download.get(files + file.name(), dir.resolve(file.name()), file.size());
		}
		return manifest;
	}

	private SnapshotManifest local(SnapshotReader reader) throws CliException, IOException {
		try {
			return reader.read(this.out).manifest();
		}
		catch (SnapshotVerificationException ex) {
			throw new CliException(CrawlerBlockerCli.BASE, "cannot update the snapshot in " + this.out
					+ " incrementally: " + ex.getMessage() + "; fetch without --since to replace it", ex);
		}
	}

	private void requireSince(SnapshotManifest local) throws CliException {
		if (local.checkpoint().size() != this.since) {
			throw new CliException(CrawlerBlockerCli.USAGE, "--since " + this.since + " but the snapshot in " + this.out
					+ " is at tree size " + local.checkpoint().size());
		}
	}

	/** Moves the data files, then the signature, then the manifest into {@code --out}. */
	private void install(Path from, List<FileEntry> files) throws IOException {
		for (FileEntry file : files) {
			Files.move(from.resolve(file.name()), this.out.resolve(file.name()), StandardCopyOption.REPLACE_EXISTING);
		}
		Files.move(from.resolve(SnapshotWriter.SIGNATURE), this.out.resolve(SnapshotWriter.SIGNATURE),
				StandardCopyOption.REPLACE_EXISTING);
		Files.move(from.resolve(SnapshotWriter.MANIFEST), this.out.resolve(SnapshotWriter.MANIFEST),
				StandardCopyOption.REPLACE_EXISTING);
	}

	private void report(SnapshotManifest manifest) {
		this.spec.commandLine()
			.getOut()
			.printf("fetched the %s snapshot at tree size %d (%s) into %s%n", manifest.purpose().token(),
					manifest.checkpoint().size(), manifest.counts(), this.out);
	}

	private static void delete(@Nullable Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// A temporary directory left behind is harmless: its name starts with a dot.
		}
	}

}
