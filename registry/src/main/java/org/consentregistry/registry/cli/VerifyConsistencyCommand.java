package org.consentregistry.registry.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.consentregistry.blocker.cli.CliException;
import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteException;
import org.consentregistry.blocker.tlog.NoteVerifier;
import org.consentregistry.blocker.tlog.ProofException;
import org.consentregistry.blocker.tlog.ProofVerifier;
import org.consentregistry.blocker.tlog.SignedNote;
import org.consentregistry.blocker.tlog.TreeHasher;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify-consistency}: checks offline that a newer checkpoint extends an older one
 * of the same log: both signed by a given key, and a consistency proof between them.
 */
@Command(name = "verify-consistency", mixinStandardHelpOptions = true,
		description = "Verify offline that a newer log checkpoint extends an older one (no network).")
final class VerifyConsistencyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "OLD", description = "the older signed checkpoint (file)")
	Path older;

	@Parameters(index = "1", paramLabel = "NEW", description = "the newer signed checkpoint (file)")
	Path newer;

	@Parameters(index = "2", arity = "0..1", paramLabel = "PROOF",
			description = "the consistency proof (JSON of /log/proof/consistency); not needed for equal sizes")
	@Nullable Path proof;

	@Option(names = "--key", required = true, paramLabel = "VKEY|FILE",
			description = "the log's verifier key, or a file of verifier keys one a line (repeatable)")
	List<String> keys;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		List<NoteVerifier> verifiers = LogVerifierKeys.read(this.keys);
		Checkpoint first = checkpoint(this.older, verifiers);
		Checkpoint second = checkpoint(this.newer, verifiers);
		if (!first.origin().equals(second.origin())) {
			throw refused("expected checkpoints of one log, got origins " + first.origin() + " and " + second.origin());
		}
		List<byte[]> hashes = (this.proof != null) ? ConsistencyProofFile.read(this.proof, first.size(), second.size())
				: List.of();
		try {
			if (first.size() == 0) {
				ProofVerifier.verifyConsistency(1, 1, hashes, TreeHasher.emptyRoot(), first.rootHash());
			}
			else {
				ProofVerifier.verifyConsistency(first.size(), second.size(), hashes, first.rootHash(),
						second.rootHash());
			}
		}
		catch (ProofException ex) {
			throw refused(ex.getMessage());
		}
		PrintWriter out = this.spec.commandLine().getOut();
		out.println("consistent: " + first.origin() + " from size " + first.size() + " to " + second.size());
		out.flush();
		return RegistryCli.OK;
	}

	private static Checkpoint checkpoint(Path file, List<NoteVerifier> verifiers) throws CliException {
		try {
			SignedNote note = SignedNote.parse(Output.read(file));
			note.verify(verifiers);
			return Checkpoint.parse(note.text());
		}
		catch (NoteException ex) {
			throw refused(file + ": " + ex.getMessage());
		}
	}

	private static CliException refused(String message) {
		return new CliException(RegistryCli.REFUSED, "not verified: " + message);
	}

}
