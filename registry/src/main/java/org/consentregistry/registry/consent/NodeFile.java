package org.consentregistry.registry.consent;

import java.util.Optional;

import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.riot.thrift.wire.RDF_Term;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.thrift.TException;
import org.apache.thrift.transport.TMemoryInputTransport;
import org.jspecify.annotations.Nullable;

/**
 * Decodes nodes from a TDB2 node table's data file read in chunks: the table reads each
 * node through its file a few bytes at a time (a transaction check and a positioned read
 * per field), while the nodes of one record were appended together and sit side by side.
 * A node that does not fit in a chunk is left to the table. Callers hold the read
 * transaction; node ids of its snapshot point below what was committed before it began.
 */
final class NodeFile {

	static final int CHUNK = 64 * 1024;

	private final BinaryDataFile data;

	private final byte[] chunk = new byte[CHUNK];

	private long start = -1;

	private int length;

	private NodeFile(BinaryDataFile data) {
		this.data = data;
	}

	/** A reader of the table's data file, or empty if it is not a Thrift node table. */
	static Optional<NodeFile> of(NodeTable table) {
		return (table.baseNodeTable() instanceof NodeTableTRDF trdf) ? Optional.of(new NodeFile(trdf.getData()))
				: Optional.empty();
	}

	/** The node {@code id} points to, or {@code null} if it does not fit in a chunk. */
	@Nullable Node read(NodeId id) {
		long position = id.getPtrLocation();
		if (position < this.start || position >= this.start + this.length) {
			fill(position);
		}
		Node node = decode(position);
		if (node == null && position != this.start) {
			fill(position);
			node = decode(position);
		}
		return node;
	}

	private void fill(long position) {
		this.start = position;
		this.length = Math.max(0, this.data.read(position, this.chunk, 0, CHUNK));
	}

	private @Nullable Node decode(long position) {
		int offset = (int) (position - this.start);
		try {
			RDF_Term term = new RDF_Term();
			term.read(TRDF.protocol(new TMemoryInputTransport(this.chunk, offset, this.length - offset)));
			return ThriftConvert.convert(term);
		}
		catch (TException | RuntimeException ex) {
			return null;
		}
	}

}
