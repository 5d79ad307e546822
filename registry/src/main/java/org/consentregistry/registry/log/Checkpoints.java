package org.consentregistry.registry.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteException;
import org.consentregistry.blocker.tlog.ProofException;
import org.consentregistry.blocker.tlog.ProofVerifier;
import org.consentregistry.blocker.tlog.Receipt;
import org.consentregistry.blocker.tlog.SignedNote;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs checkpoints of the {@link MerkleStore} and keeps the latest one, persisted in a
 * file so that a restart continues from it. Before signing, the new tree is checked to be
 * consistent with the last signed checkpoint (a consistency proof from the store,
 * verified); if it is not, the log never signs again until an operator has looked.
 * <p>
 * The tree is derived from the durable ingest journal (and rebuilt from it after a
 * crash), and a checkpoint never covers more leaves than the journal holds durably (the
 * durable size given at construction, a second guard besides feeding the tree durable
 * entries only), so no crash can take back an entry that a signed checkpoint covers.
 * Signing therefore syncs neither the tree files nor the checkpoint file: a crash can at
 * worst make the registry forget its latest checkpoint (a torn checkpoint file is ignored
 * with a warning), never sign one inconsistent with it. Signing thus costs a signature,
 * not a dozen fsyncs, and can run for every group of submissions.
 */
public final class Checkpoints {

	private static final Logger logger = LoggerFactory.getLogger(Checkpoints.class);

	private final MerkleStore store;

	private final LogKeys keys;

	private final String origin;

	private final Path file;

	private final LongSupplier durableSize;

	private volatile @Nullable SignedCheckpoint latest;

	private volatile @Nullable String halted;

	public Checkpoints(MerkleStore store, LogKeys keys, String origin, Path file) throws IOException {
		this(store, keys, origin, file, () -> Long.MAX_VALUE);
	}

	/**
	 * Checkpoints that never cover more than {@code durableSize} leaves: the number of
	 * entries durable in the journal that feeds the store, which may append leaves before
	 * they are durable.
	 */
	public Checkpoints(MerkleStore store, LogKeys keys, String origin, Path file, LongSupplier durableSize)
			throws IOException {
		this.store = store;
		this.keys = keys;
		this.origin = origin;
		this.file = file;
		this.durableSize = durableSize;
		this.latest = Files.exists(file) ? load(Files.readString(file, StandardCharsets.UTF_8)) : null;
	}

	/** The latest signed checkpoint, if one was signed yet. */
	public Optional<SignedCheckpoint> latest() {
		return Optional.ofNullable(this.latest);
	}

	/** Why signing stopped, if it did. */
	public Optional<String> halted() {
		return Optional.ofNullable(this.halted);
	}

	/**
	 * The latest checkpoint if it covers {@code size} leaves, else a new one; concurrent
	 * callers share one new signature.
	 */
	public SignedCheckpoint covering(long size) throws CheckpointException {
		SignedCheckpoint current = this.latest;
		if (current != null && current.size() >= size) {
			return current;
		}
		synchronized (this) {
			current = this.latest;
			if (current == null || current.size() < size) {
				current = sign();
			}
		}
		if (current.size() < size) {
			throw new CheckpointException("expected entries up to " + size + " to be durable, only " + current.size()
					+ " are; a checkpoint covers durable entries only");
		}
		return current;
	}

	/**
	 * A receipt for the entry at {@code index} holding {@code leaf}: its inclusion proof
	 * to a signed checkpoint that covers it.
	 */
	public Receipt receipt(long index, byte[] leaf) throws CheckpointException {
		SignedCheckpoint checkpoint = covering(index + 1);
		return new Receipt(index, leaf, this.store.inclusionProof(index, checkpoint.size()), checkpoint.note());
	}

	/**
	 * Signs a checkpoint if the tree grew since the last one (or none was signed yet).
	 */
	public Optional<SignedCheckpoint> signIfChanged() throws CheckpointException {
		SignedCheckpoint current = this.latest;
		if (current != null && current.size() == signableSize()) {
			return Optional.empty();
		}
		return Optional.of(sign());
	}

	/**
	 * Signs a checkpoint of the store's current size, after checking that it is
	 * consistent with the latest one; answers the latest one when nothing changed.
	 */
	public synchronized SignedCheckpoint sign() throws CheckpointException {
		String stop = this.halted;
		if (stop != null) {
			throw new CheckpointException("signing stopped: " + stop);
		}
		try {
			long size = signableSize();
			byte[] root = this.store.root(size);
			SignedCheckpoint previous = this.latest;
			if (previous != null) {
				checkConsistent(previous.checkpoint(), size, root);
				if (previous.size() == size && signedByCurrentKey(previous)) {
					return previous;
				}
			}
			Checkpoint checkpoint = new Checkpoint(this.origin, size, root);
			SignedCheckpoint signed = new SignedCheckpoint(checkpoint,
					this.keys.signer().sign(checkpoint.text()).encode());
			persist(signed.note());
			this.latest = signed;
			return signed;
		}
		catch (IOException ex) {
			throw new CheckpointException("cannot store the checkpoint in " + this.file + ": " + ex.getMessage(), ex);
		}
		catch (NoteException ex) {
			throw new IllegalStateException("a checkpoint text is always a valid note text", ex);
		}
	}

	private long signableSize() {
		return Math.min(this.store.size(), this.durableSize.getAsLong());
	}

	private void checkConsistent(Checkpoint previous, long size, byte[] root) throws CheckpointException {
		try {
			if (size < previous.size()) {
				throw new ProofException("expected a tree of at least " + previous.size()
						+ " leaves (the last signed checkpoint), the store holds " + size);
			}
			if (previous.size() > 0) {
				ProofVerifier.verifyConsistency(previous.size(), size,
						this.store.consistencyProof(previous.size(), size), previous.rootHash(), root);
			}
		}
		catch (ProofException ex) {
			String reason = "the tree of size " + size + " is not consistent with the last signed checkpoint of size "
					+ previous.size() + ": " + ex.getMessage();
			this.halted = reason;
			logger.error("REFUSING TO SIGN ANY FURTHER CHECKPOINT: {}. The log's files may be damaged or were "
					+ "replaced; signing stays stopped until the registry is restarted after an operator has "
					+ "restored the log.", reason);
			throw new CheckpointException(reason, ex);
		}
	}

	private boolean signedByCurrentKey(SignedCheckpoint checkpoint) {
		try {
			SignedNote note = SignedNote.parse(checkpoint.note());
			return note.signatures()
				.stream()
				.anyMatch((signature) -> signature.keyId() == this.keys.signer().verifier().keyId());
		}
		catch (NoteException ex) {
			return false;
		}
	}

	private @Nullable SignedCheckpoint load(String note) {
		try {
			SignedNote signed = SignedNote.parse(note);
			signed.verify(this.keys.verifiers());
			Checkpoint checkpoint = Checkpoint.parse(signed.text());
			if (!checkpoint.origin().equals(this.origin)) {
				throw new IllegalStateException("expected the last checkpoint in " + this.file + " to be of origin "
						+ this.origin + ", found " + checkpoint.origin());
			}
			return new SignedCheckpoint(checkpoint, note);
		}
		catch (NoteException ex) {
			if (ex.reason() == NoteException.Reason.MALFORMED) {
				// the file is written without a sync: a crash may leave it torn or empty
				logger.warn("Ignoring the unreadable last checkpoint in {} ({}); the next checkpoint is signed "
						+ "without comparing it to the last one", this.file, ex.getMessage());
				return null;
			}
			throw new IllegalStateException(
					"expected a checkpoint signed by a log key in " + this.file + ": " + ex.getMessage(), ex);
		}
	}

	private void persist(String note) throws IOException {
		Files.createDirectories(this.file.getParent());
		Path temporary = this.file.resolveSibling(this.file.getFileName() + ".new");
		Files.writeString(temporary, note, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
		Files.move(temporary, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

}
