package org.consentregistry.registry.graph;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.jspecify.annotations.Nullable;

/**
 * A TDB2 dataset whose {@code find} and {@code contains} in a named graph leave the
 * store's node caches as they are (see {@link UncachedNodes}); everything else, and
 * patterns over the default graph or any graph, goes to the dataset itself. The IRIs and
 * blank nodes a pattern names are not read back: a quad found holds the pattern's own
 * nodes in those positions (literals are, as a value may have more than one form). One
 * instance serves one read transaction, in one thread.
 */
final class UncachedReads extends DatasetGraphWrapper {

	private final NodeTupleTable quads;

	private final UncachedNodes nodes;

	/**
	 * The nodes this read looked up or found, by node and by id, so that a pattern naming
	 * one (the entry of a record found by its work) or a quad holding one again does not
	 * read it again.
	 */
	private final Map<Node, NodeId> ids = new HashMap<>();

	private final Map<NodeId, Node> byId = new HashMap<>();

	UncachedReads(DatasetGraph dataset, NodeTupleTable quads, UncachedNodes nodes) {
		super(dataset);
		this.quads = quads;
		this.nodes = nodes;
	}

	@Override
	public Iterator<Quad> find(Quad quad) {
		return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
	}

	@Override
	public Iterator<Quad> find(@Nullable Node g, @Nullable Node s, @Nullable Node p, @Nullable Node o) {
		if (g == null || !g.isConcrete() || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
			return super.find(g, s, p, o);
		}
		Node[] pattern = { g, s, p, o };
		NodeId[] ids = new NodeId[4];
		for (int i = 0; i < 4; i++) {
			ids[i] = (pattern[i] != null && pattern[i].isConcrete()) ? id(pattern[i]) : NodeId.NodeIdAny;
			if (NodeId.isDoesNotExist(ids[i])) {
				return Iter.nullIterator();
			}
		}
		return new Found(this.quads.find(TupleFactory.create4(ids[0], ids[1], ids[2], ids[3])), pattern);
	}

	private NodeId id(Node node) {
		NodeId id = this.ids.get(node);
		if (id == null) {
			id = this.nodes.id(node);
			remember(node, id);
		}
		return id;
	}

	private Node node(NodeId id) {
		if (NodeId.isInline(id)) {
			// not looked up among those kept: an inline value's id can equal a stored
			// node's
			return this.nodes.node(id);
		}
		Node node = this.byId.get(id);
		if (node == null) {
			node = this.nodes.node(id);
			remember(node, id);
		}
		return node;
	}

	private void remember(Node node, NodeId id) {
		if (!NodeId.isInline(id) && !NodeId.isDoesNotExist(id) && !node.isLiteral()) {
			this.ids.put(node, id);
			this.byId.put(id, node);
		}
	}

	@Override
	public Iterator<Quad> findNG(@Nullable Node g, @Nullable Node s, @Nullable Node p, @Nullable Node o) {
		return (g != null && g.isConcrete() && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g)) ? find(g, s, p, o)
				: super.findNG(g, s, p, o);
	}

	@Override
	public boolean contains(Quad quad) {
		return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
	}

	@Override
	public boolean contains(@Nullable Node g, @Nullable Node s, @Nullable Node p, @Nullable Node o) {
		Iterator<Quad> found = find(g, s, p, o);
		try {
			return found.hasNext();
		}
		finally {
			Iter.close(found);
		}
	}

	/** The quads of the tuples found, each node read unless the pattern named it. */
	private final class Found implements IteratorCloseable<Quad> {

		private final Iterator<Tuple<NodeId>> tuples;

		private final @Nullable Node[] pattern;

		Found(Iterator<Tuple<NodeId>> tuples, @Nullable Node[] pattern) {
			this.tuples = tuples;
			this.pattern = pattern;
		}

		@Override
		public boolean hasNext() {
			return this.tuples.hasNext();
		}

		@Override
		public Quad next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			Tuple<NodeId> tuple = this.tuples.next();
			return Quad.create(node(tuple, 0), node(tuple, 1), node(tuple, 2), node(tuple, 3));
		}

		private Node node(Tuple<NodeId> tuple, int position) {
			Node named = this.pattern[position];
			if (named != null && named.isConcrete() && !named.isLiteral()) {
				return named;
			}
			return UncachedReads.this.node(tuple.get(position));
		}

		@Override
		public void close() {
			Iter.close(this.tuples);
		}

	}

}
