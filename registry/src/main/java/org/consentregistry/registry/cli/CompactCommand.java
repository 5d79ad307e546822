package org.consentregistry.registry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.consentregistry.blocker.cli.CliException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compact}: rewrites the registry's TDB2 store without the block versions that
 * earlier transactions left behind. TDB2 keeps every transaction's copy-on-write blocks
 * until it is compacted, so a store that takes many small writes grows much larger than
 * its data; run this with the registry stopped.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
		description = "Compact the registry's TDB2 store (stop the registry first).")
final class CompactCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data-dir", defaultValue = "./data/tdb2",
			description = "the TDB2 data directory (default: ${DEFAULT-VALUE})")
	Path dataDir;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		if (!isTdb2(this.dataDir)) {
			throw new CliException(RegistryCli.IO, this.dataDir + " is not a TDB2 data directory");
		}
		DatasetGraph dataset;
		try {
			dataset = DatabaseMgr.connectDatasetGraph(this.dataDir.toString());
		}
		catch (RuntimeException ex) {
			throw new CliException(RegistryCli.IO,
					"cannot open " + this.dataDir + " (is the registry still running?): " + ex.getMessage(), ex);
		}
		try {
			DatabaseMgr.compact(dataset, true);
		}
		finally {
			TDBInternal.expel(dataset);
		}
		this.spec.commandLine().getOut().println("compacted " + this.dataDir);
		this.spec.commandLine().getOut().flush();
		return RegistryCli.OK;
	}

	private static boolean isTdb2(Path dir) throws CliException {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> children = Files.list(dir)) {
			return children.anyMatch((child) -> child.getFileName().toString().startsWith("Data-"));
		}
		catch (IOException ex) {
			throw new CliException(RegistryCli.IO, "cannot read " + dir + ": " + ex.getMessage(), ex);
		}
	}

}
