package org.consentregistry.registry.log;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.consentregistry.blocker.tlog.ProofBuilder;
import org.consentregistry.blocker.tlog.SubtreeCache;
import org.consentregistry.blocker.tlog.TreeHasher;
import org.consentregistry.blocker.tlog.TreeHashes;

/**
 * The log's Merkle tree in a directory: one file per level ({@code level-00} holds the
 * leaf hashes), 32 bytes a hash, holding every complete subtree. Appending a leaf adds
 * the parents it completes; roots and proofs of any size up to {@link #size()} take O(log
 * n) reads. One thread appends (calls are serialised) while any number of threads read
 * proofs. The store is derived data: after a crash it repairs itself on open (partial
 * hashes dropped, missing parents recomputed), and the journal that feeds it may
 * {@link #truncate} it and append again.
 */
public final class MerkleStore implements Closeable {

	private static final int MAX_LEVELS = 64;

	private final Path directory;

	private final List<LevelFile> levels = new CopyOnWriteArrayList<>();

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final SubtreeCache rightEdges = new SubtreeCache(4096);

	private volatile long size;

	private MerkleStore(Path directory) {
		this.directory = directory;
	}

	/** Opens (or creates) the store in {@code directory} and repairs it after a crash. */
	public static MerkleStore open(Path directory) throws IOException {
		Files.createDirectories(directory);
		MerkleStore store = new MerkleStore(directory);
		try {
			store.repair();
		}
		catch (IOException | RuntimeException ex) {
			store.close();
			throw ex;
		}
		return store;
	}

	/** The number of leaves. */
	public long size() {
		return this.size;
	}

	/** Appends a leaf hash and returns its index; durable after {@link #force()}. */
	public synchronized long append(byte[] leafHash) throws IOException {
		if (leafHash.length != TreeHasher.HASH_LENGTH) {
			throw new IllegalArgumentException("expected a leaf hash of 32 bytes, got " + leafHash.length + " bytes");
		}
		long index = this.size;
		byte[] hash = leafHash;
		for (int level = 0;; level++) {
			LevelFile file = level(level);
			file.append(hash);
			if (file.count() % 2 == 1) {
				break;
			}
			hash = TreeHasher.nodeHash(file.read(file.count() - 2), hash);
		}
		this.size = index + 1;
		return index;
	}

	/** The leaf hash at {@code index}. */
	public byte[] leafHash(long index) {
		return read((proofs) -> {
			requireIndex(index, this.size);
			return this.levels.get(0).read(index);
		});
	}

	/** The root of the tree of the first {@code size} leaves. */
	public byte[] root(long size) {
		return read((proofs) -> proofs.root(size));
	}

	/** The inclusion proof of leaf {@code index} in the tree of {@code size} leaves. */
	public List<byte[]> inclusionProof(long index, long size) {
		return read((proofs) -> proofs.inclusionProof(index, size));
	}

	/**
	 * The consistency proof between the trees of {@code m} and {@code n} leaves, 0 < m <=
	 * n.
	 */
	public List<byte[]> consistencyProof(long m, long n) {
		return read((proofs) -> proofs.consistencyProof(m, n));
	}

	/** Writes every appended hash and waits until the files are on disk. */
	public synchronized void force() throws IOException {
		for (LevelFile level : this.levels) {
			level.force();
		}
	}

	/**
	 * Drops every leaf from index {@code size} on (and the parents over them), for
	 * recovery when the journal that feeds the store holds fewer entries.
	 */
	public synchronized void truncate(long size) throws IOException {
		if (size < 0) {
			throw new IllegalArgumentException("expected a size >= 0, got " + size);
		}
		this.lock.writeLock().lock();
		try {
			for (int level = 0; level < this.levels.size(); level++) {
				this.levels.get(level).truncate(size >>> level);
			}
			this.size = Math.min(this.size, size);
			this.rightEdges.clear();
			force();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	@Override
	public synchronized void close() throws IOException {
		IOException failure = null;
		for (LevelFile level : this.levels) {
			try {
				level.force();
				level.close();
			}
			catch (IOException ex) {
				failure = ex;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/** Drops partial and surplus hashes and recomputes missing parents. */
	private synchronized void repair() throws IOException {
		long leaves = level(0).count();
		for (int level = 1; level < MAX_LEVELS && Files.exists(path(level)); level++) {
			level(level);
		}
		for (int level = 1; level < this.levels.size() || (leaves >>> level) > 0; level++) {
			LevelFile below = this.levels.get(level - 1);
			LevelFile file = level(level);
			long expected = below.count() / 2;
			file.truncate(expected);
			for (long index = file.count(); index < expected; index++) {
				file.append(TreeHasher.nodeHash(below.read(2 * index), below.read(2 * index + 1)));
			}
		}
		this.size = leaves;
		force();
	}

	private LevelFile level(int level) throws IOException {
		while (this.levels.size() <= level) {
			this.levels.add(new LevelFile(path(this.levels.size())));
		}
		return this.levels.get(level);
	}

	private Path path(int level) {
		return this.directory.resolve(String.format("level-%02d", level));
	}

	private <T> T read(Reader<T> reader) {
		this.lock.readLock().lock();
		try {
			long snapshot = this.size;
			return reader.read(new ProofBuilder(new Snapshot(snapshot), this.rightEdges));
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private static void requireIndex(long index, long size) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("expected a leaf index in [0, " + size + "), got " + index);
		}
	}

	private interface Reader<T> {

		T read(ProofBuilder proofs);

	}

	/** The tree as it stood at one published size. */
	private final class Snapshot implements TreeHashes {

		private final long size;

		Snapshot(long size) {
			this.size = size;
		}

		@Override
		public long size() {
			return this.size;
		}

		@Override
		public byte[] hash(int level, long index) {
			return MerkleStore.this.levels.get(level).read(index);
		}

	}

}
