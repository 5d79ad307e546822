package org.consentregistry.registry.graph;

import java.util.Optional;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.riot.thrift.wire.RDF_Term;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetable.TReadAppendFileTransport;
import org.apache.thrift.TException;
import org.apache.thrift.transport.TMemoryInputTransport;
import org.apache.thrift.transport.TTransport;
import org.jspecify.annotations.Nullable;

/**
 * Node ids and nodes of a TDB2 node table, looked up in its caches but never added to
 * them. TDB2's own lookups add every node they read to both of its node caches (node id
 * to node, node to node id); a read of a record few others will read again (a page of a
 * random work) thus replaces cache entries that outlive a young collection, and the young
 * pauses copy them (docs/benchmarks.md, "Work page GC tail"). A node not in the caches is
 * read as TDB2 reads it on a miss: its id from the node table's index, the node from its
 * data file, decoded from RDF Thrift. Callers hold a read transaction.
 */
final class UncachedNodes {

	/** How many bytes are read at once for a node not cached. */
	static final int CHUNK = 512;

	private final NodeTableCache cache;

	private final NodeTable base;

	private final BinaryDataFile data;

	private UncachedNodes(NodeTableCache cache, NodeTable base, BinaryDataFile data) {
		this.cache = cache;
		this.base = base;
		this.data = data;
	}

	/**
	 * Lookups through {@code table} (as a TDB2 dataset's quad table has it: inline
	 * values, a cache, the node table of its files), or empty if the table is not layered
	 * that way.
	 */
	static Optional<UncachedNodes> of(NodeTable table) {
		for (NodeTable layer = table; layer != null && layer != layer.wrapped(); layer = layer.wrapped()) {
			if (layer instanceof NodeTableCache cache) {
				return (cache.wrapped() instanceof NodeTableTRDF files)
						? Optional.of(new UncachedNodes(cache, files, files.getData())) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * The id of {@code node}, or {@link NodeId#NodeDoesNotExist} if the store has none.
	 */
	NodeId id(Node node) {
		NodeId inline = NodeId.inline(node);
		if (inline != null) {
			return inline;
		}
		NodeId cached = this.cache.getNodeIdForNodeCache(node);
		return (cached != null) ? cached : this.base.getNodeIdForNode(node);
	}

	/** The node of {@code id}. */
	Node node(NodeId id) {
		if (NodeId.isInline(id)) {
			return NodeId.extract(id);
		}
		@Nullable Node cached = this.cache.getNodeForNodeIdCache(id);
		return (cached != null) ? cached : read(id);
	}

	/**
	 * Reads a node from the data file: from one read of the {@value #CHUNK} bytes at its
	 * position if it fits in them (most do), else as {@code NodeTableTRDF} reads it, with
	 * a reader of its own (the table's reader is shared and guarded by the cache's lock).
	 * The bytes after the node's are not taken as part of it, so a chunk reaching into
	 * nodes written since the read began is harmless.
	 */
	private Node read(NodeId id) {
		long position = id.getPtrLocation();
		byte[] chunk = new byte[CHUNK];
		int length = this.data.read(position, chunk, 0, CHUNK);
		if (length > 0) {
			try {
				return decode(new TMemoryInputTransport(chunk, 0, length));
			}
			catch (TException ex) {
				// longer than the chunk: read it from the file as it goes
			}
		}
		TReadAppendFileTransport transport = new TReadAppendFileTransport(this.data);
		if (!transport.isOpen()) {
			transport.open();
		}
		transport.readPosition(position);
		try {
			return decode(transport);
		}
		catch (TException ex) {
			throw new TDBException("Cannot read node " + id + " from the node table", ex);
		}
	}

	private static Node decode(TTransport transport) throws TException {
		RDF_Term term = new RDF_Term();
		term.read(TRDF.protocol(transport));
		return ThriftConvert.convert(term);
	}

}
