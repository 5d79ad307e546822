package org.consentregistry.registry.consent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.jspecify.annotations.Nullable;

/**
 * Every record of a TDB2 store read in node-id space: one sequential pass over the
 * registry graph's statements in the GSPO index, and one range of that index per record
 * graph. Node ids are decoded through the base node table and a plain map that is cleared
 * when full, instead of the store's shared node cache, which a full scan would only churn
 * (it holds fewer nodes than 100,000 records have; lookups and evictions were most of a
 * reindex's time). The vocabulary, predicates and issuers that every record repeats stay
 * in the map. Callers hold the read transaction; one instance serves one thread.
 */
final class StoreScan {

	/** Decoded nodes kept before the map is cleared. */
	static final int CACHE_LIMIT = 65_536;

	private final NodeTable nodeTable;

	private final TupleIndex gspo;

	private final Map<NodeId, Node> decoded = new HashMap<>();

	private final @Nullable NodeFile file;

	private StoreScan(NodeTable nodeTable, TupleIndex gspo) {
		this.nodeTable = nodeTable;
		this.gspo = gspo;
		this.file = NodeFile.of(nodeTable).orElse(null);
	}

	/** A scan of the store, or empty if it is not TDB2 or lacks a GSPO index. */
	static Optional<StoreScan> of(DatasetGraph dsg) {
		DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
		if (tdb == null) {
			return Optional.empty();
		}
		var table = tdb.getQuadTable().getNodeTupleTable();
		for (TupleIndex index : table.getTupleTable().getIndexes()) {
			if ("GSPO".equalsIgnoreCase(index.getMappingStr()) || "GSPO".equalsIgnoreCase(index.getName())) {
				return Optional.of(new StoreScan(table.getNodeTable(), index));
			}
		}
		return Optional.empty();
	}

	/** Visits every record with its entry and what its graph says, in node-id order. */
	void forEach(RecordMetadata metadata, BiConsumer<RecordEntry, WorkDescription> visitor) {
		forEachGraph(metadata,
				(entry, graph) -> visitor.accept(entry, ConsentRecordMapper.describe(graph, entry.credential())));
	}

	/**
	 * Visits every record with its entry and a copy of its graph, in node-id order.
	 */
	void forEachGraph(RecordMetadata metadata, BiConsumer<RecordEntry, Graph> visitor) {
		NodeId registry = this.nodeTable.getNodeIdForNode(RecordMetadata.REGISTRY);
		if (NodeId.isDoesNotExist(registry)) {
			return;
		}
		Iterator<Tuple<NodeId>> found = this.gspo
			.find(TupleFactory.create4(registry, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny));
		Statements statements = new Statements(this.nodeTable);
		try {
			while (found.hasNext()) {
				Tuple<NodeId> quad = found.next();
				if (!quad.get(1).equals(statements.subject)) {
					visit(metadata, statements, visitor);
					statements.restart(quad.get(1));
				}
				statements.add(quad.get(2), quad.get(3));
			}
			visit(metadata, statements, visitor);
		}
		finally {
			Iter.close(found);
		}
	}

	private void visit(RecordMetadata metadata, Statements statements, BiConsumer<RecordEntry, Graph> visitor) {
		if (!statements.isRecord()) {
			return;
		}
		Map<Node, Node> values = new HashMap<>();
		Node type = RDF.type.asNode();
		for (int i = 0; i < statements.predicates.size(); i++) {
			Node predicate = node(statements.predicates.get(i));
			if (!type.equals(predicate)) {
				values.putIfAbsent(predicate, node(statements.objects.get(i)));
			}
		}
		Node record = node(statements.subject);
		RecordEntry entry = metadata.entry(record, values, statements.isWithdrawal());
		visitor.accept(entry, graph(statements.subject));
	}

	/** The record graph {@code name}, copied into memory from one range of the index. */
	private Graph graph(NodeId name) {
		Graph copy = GraphFactory.createDefaultGraph();
		Iterator<Tuple<NodeId>> found = this.gspo
			.find(TupleFactory.create4(name, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny));
		try {
			while (found.hasNext()) {
				Tuple<NodeId> quad = found.next();
				copy.add(Triple.create(node(quad.get(1)), node(quad.get(2)), node(quad.get(3))));
			}
		}
		finally {
			Iter.close(found);
		}
		return copy;
	}

	private Node node(NodeId id) {
		if (id.isInline()) {
			return NodeId.extract(id);
		}
		Node node = this.decoded.get(id);
		if (node == null) {
			if (this.decoded.size() >= CACHE_LIMIT) {
				this.decoded.clear();
			}
			node = (this.file != null && id.isPtr()) ? this.file.read(id) : null;
			if (node == null) {
				node = this.nodeTable.baseNodeTable().getNodeForNodeId(id);
			}
			this.decoded.put(id, node);
		}
		return node;
	}

	/** The statements of one subject of the registry graph, as node ids. */
	private static final class Statements {

		private final NodeId type;

		private final NodeId recordClass;

		private final NodeId withdrawalClass;

		private final NodeId issuer;

		private NodeId subject = NodeId.NodeIdUndefined;

		private final List<NodeId> predicates = new ArrayList<>();

		private final List<NodeId> objects = new ArrayList<>();

		Statements(NodeTable nodeTable) {
			this.type = nodeTable.getNodeIdForNode(RDF.type.asNode());
			this.recordClass = nodeTable.getNodeIdForNode(CR.Record);
			this.withdrawalClass = nodeTable.getNodeIdForNode(CR.ConsentWithdrawal);
			this.issuer = nodeTable.getNodeIdForNode(CR.issuer);
		}

		void restart(NodeId subject) {
			this.subject = subject;
			this.predicates.clear();
			this.objects.clear();
		}

		void add(NodeId predicate, NodeId object) {
			this.predicates.add(predicate);
			this.objects.add(object);
		}

		/** A record with an issuer, as the scan by issuer finds them. */
		boolean isRecord() {
			return has(this.type, this.recordClass) && this.predicates.contains(this.issuer);
		}

		boolean isWithdrawal() {
			return has(this.type, this.withdrawalClass);
		}

		private boolean has(NodeId predicate, NodeId object) {
			for (int i = 0; i < this.predicates.size(); i++) {
				if (this.predicates.get(i).equals(predicate) && this.objects.get(i).equals(object)) {
					return true;
				}
			}
			return false;
		}

	}

}
