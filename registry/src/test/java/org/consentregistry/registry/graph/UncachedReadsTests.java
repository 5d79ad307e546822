package org.consentregistry.registry.graph;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableCache;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UncachedReadsTests {

	static final Node GRAPH = NodeFactory.createURI("urn:example:graph");

	static final Node OTHER_GRAPH = NodeFactory.createURI("urn:example:other");

	static final Node RECORD = NodeFactory.createURI("https://registry.example/records/1");

	static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

	static final Node COUNT = NodeFactory.createURI("urn:example:count");

	static final Node PART = NodeFactory.createURI("urn:example:part");

	static final Node HARBOUR = NodeFactory
		.createLiteralString("Harbour at dusk, a title long enough not to be inline");

	static final Node FORTY_TWO = NodeFactory.createLiteralDT("42", XSDDatatype.XSDlong);

	@TempDir
	Path dir;

	DatasetGraph store;

	@BeforeEach
	void openAStoreWithEmptyNodeCaches() {
		DatasetGraph writing = DatabaseMgr.connectDatasetGraph(Location.create(this.dir));
		Txn.executeWrite(writing, () -> {
			Node part = NodeFactory.createBlankNode();
			writing.add(GRAPH, RECORD, TITLE, HARBOUR);
			writing.add(GRAPH, RECORD, COUNT, FORTY_TWO);
			writing.add(GRAPH, RECORD, PART, part);
			writing.add(GRAPH, part, TITLE, NodeFactory.createLiteralLang("Hafen", "de"));
			writing.add(OTHER_GRAPH, RECORD, TITLE, NodeFactory.createLiteralString("elsewhere"));
		});
		TDBInternal.expel(writing);
		this.store = DatabaseMgr.connectDatasetGraph(Location.create(this.dir));
	}

	@AfterEach
	void close() {
		TDBInternal.expel(this.store);
	}

	@Test
	void findsWhatTheStoreFindsWithoutAddingToItsNodeCaches() {
		List<Quad> uncached = read(true, GRAPH, RECORD, Node.ANY, Node.ANY);
		assertThat(uncached).hasSize(3)
			.contains(Quad.create(GRAPH, RECORD, TITLE, HARBOUR), Quad.create(GRAPH, RECORD, COUNT, FORTY_TWO));
		assertThat(cached(HARBOUR)).isFalse();
		assertThat(cached(RECORD)).isFalse();
		assertThat(cached(TITLE)).isFalse();
		assertThat(read(false, GRAPH, RECORD, Node.ANY, Node.ANY)).containsExactlyInAnyOrderElementsOf(uncached);
		assertThat(cached(HARBOUR)).isTrue();
	}

	@Test
	void readsNodesInEveryPositionAPatternLeavesOpen() {
		List<Quad> uncached = read(true, GRAPH, Node.ANY, TITLE, Node.ANY);
		assertThat(uncached).containsExactlyInAnyOrderElementsOf(read(false, GRAPH, Node.ANY, TITLE, Node.ANY));
		assertThat(uncached).hasSize(2).anySatisfy((quad) -> assertThat(quad.getSubject().isBlank()).isTrue());
		assertThat(read(true, GRAPH, Node.ANY, Node.ANY, FORTY_TWO))
			.containsExactly(Quad.create(GRAPH, RECORD, COUNT, FORTY_TWO));
	}

	@Test
	void readsNodesLongerThanOneReadOfTheDataFile() {
		Node description = NodeFactory.createLiteralString("A long description. ".repeat(UncachedNodes.CHUNK / 10));
		DatasetGraph writing = this.store;
		Txn.executeWrite(writing, () -> writing.add(GRAPH, RECORD, PART, description));
		TDBInternal.expel(writing);
		this.store = DatabaseMgr.connectDatasetGraph(Location.create(this.dir));
		assertThat(read(true, GRAPH, RECORD, PART, Node.ANY)).hasSize(2)
			.contains(Quad.create(GRAPH, RECORD, PART, description));
		assertThat(cached(description)).isFalse();
	}

	@Test
	void readsAnInlineValueWhoseIdEqualsAStoredNodesId() {
		long titleAt = Txn.calculateRead(this.store,
				() -> TDBInternal.getDatasetGraphTDB(this.store)
					.getQuadTable()
					.getNodeTupleTable()
					.getNodeTable()
					.getNodeIdForNode(TITLE)
					.getPtrLocation());
		Node sameNumber = NodeFactory.createLiteralDT(Long.toString(titleAt), XSDDatatype.XSDlong);
		DatasetGraph writing = this.store;
		Txn.executeWrite(writing, () -> writing.add(GRAPH, RECORD, COUNT, sameNumber));
		assertThat(read(true, GRAPH, RECORD, Node.ANY, Node.ANY)).contains(Quad.create(GRAPH, RECORD, TITLE, HARBOUR),
				Quad.create(GRAPH, RECORD, COUNT, sameNumber));
	}

	@Test
	void findsNothingForANodeTheStoreDoesNotHold() {
		assertThat(read(true, GRAPH, NodeFactory.createURI("urn:example:unknown"), Node.ANY, Node.ANY)).isEmpty();
		assertThat(Txn.calculateRead(this.store,
				() -> uncachedReads().contains(GRAPH, RECORD, TITLE, NodeFactory.createLiteralString("other"))))
			.isFalse();
		assertThat(Txn.calculateRead(this.store, () -> uncachedReads().contains(GRAPH, RECORD, TITLE, HARBOUR)))
			.isTrue();
	}

	@Test
	void leavesPatternsOverAnyGraphToTheStore() {
		assertThat(read(true, Node.ANY, RECORD, TITLE, Node.ANY)).hasSize(2);
	}

	private List<Quad> read(boolean uncached, Node g, Node s, Node p, Node o) {
		return Txn.calculateRead(this.store,
				() -> Iter.toList(((uncached) ? uncachedReads() : this.store).find(g, s, p, o)));
	}

	private DatasetGraph uncachedReads() {
		NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(this.store).getQuadTable().getNodeTupleTable();
		return new UncachedReads(this.store, quads, UncachedNodes.of(quads.getNodeTable()).orElseThrow());
	}

	private boolean cached(Node node) {
		NodeTable table = TDBInternal.getDatasetGraphTDB(this.store).getQuadTable().getNodeTupleTable().getNodeTable();
		while (!(table instanceof NodeTableCache)) {
			table = table.wrapped();
		}
		return ((NodeTableCache) table).isCachedNode(node);
	}

}
