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
	 * Reads a node from the data file as {@code NodeTableTRDF} does, with a reader of its
	 * own.
	 */
	private Node read(NodeId id) {
		TReadAppendFileTransport transport = new TReadAppendFileTransport(this.data);
		if (!transport.isOpen()) {
			transport.open();
		}
		transport.readPosition(id.getPtrLocation());
		RDF_Term term = new RDF_Term();
		try {
			term.read(TRDF.protocol(transport));
		}
		catch (TException ex) {
			throw new TDBException("Cannot read node " + id + " from the node table", ex);
		}
		return ThriftConvert.convert(term);
	}

}
