package org.consentregistry.blocker.snapshot;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.consentregistry.blocker.snapshot.SnapshotVerificationException.Reason;

/**
 * The check of a snapshot's data files against its signed manifest, run beside the
 * parsing of the same files: the sizes are checked first (one {@code stat} each), then a
 * thread hashes the files while the caller parses them. The caller uses nothing it parsed
 * before {@link #await} returns, and a failed check wins over a failed parse (a tampered
 * file is reported as altered, not as malformed).
 */
final class ParallelCheck {

	private final FutureTask<Void> task;

	private ParallelCheck(FutureTask<Void> task) {
		this.task = task;
	}

	/** Checks the sizes now, and starts hashing the files on a thread of its own. */
	static ParallelCheck start(Path dir, List<FileEntry> expected) throws SnapshotVerificationException, IOException {
		for (FileEntry want : expected) {
			long size;
			try {
				size = Files.size(dir.resolve(want.name()));
			}
			catch (NoSuchFileException ex) {
				throw new SnapshotVerificationException(Reason.FILE,
						"snapshot file " + want.name() + " is missing from " + dir, ex);
			}
			if (size != want.size()) {
				throw new SnapshotVerificationException(Reason.FILE, "snapshot file " + want.name()
						+ " was altered: expected " + want.size() + " bytes, got " + size + " bytes");
			}
		}
		FutureTask<Void> task = new FutureTask<>(() -> {
			Files256.check(dir, expected);
			return null;
		});
		Thread thread = new Thread(task, "snapshot-hash");
		thread.setDaemon(true);
		thread.start();
		return new ParallelCheck(task);
	}

	/** Waits for the hashes; throws if a file differs from its manifest entry. */
	void await() throws SnapshotVerificationException, IOException {
		try {
			this.task.get();
		}
		catch (InterruptedException ex) {
			this.task.cancel(true);
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while hashing the snapshot's files");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof SnapshotVerificationException failed) {
				throw new SnapshotVerificationException(failed.reason(), failed.getMessage(), failed);
			}
			if (cause instanceof IOException failed) {
				throw new IOException(failed.getMessage(), failed);
			}
			throw new IllegalStateException("hashing the snapshot's files failed", cause);
		}
	}

	/**
	 * Waits for the hashes after the parse failed with {@code parseFailure}: throws the
	 * check's failure if there is one (the parse failure suppressed in it), else returns.
	 */
	void awaitAfter(Throwable parseFailure) throws SnapshotVerificationException, IOException {
		try {
			await();
		}
		catch (SnapshotVerificationException | IOException ex) {
			ex.addSuppressed(parseFailure);
			throw ex;
		}
	}

}
