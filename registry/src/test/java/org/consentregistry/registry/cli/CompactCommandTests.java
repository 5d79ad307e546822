package org.consentregistry.registry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CompactCommandTests {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return RegistryCli.run(args, new PrintWriter(this.out, true), new PrintWriter(this.err, true));
	}

	@Test
	void compactionRewritesTheStoreIntoANewGenerationWithEveryQuad() {
		Path store = this.dir.resolve("tdb2");
		DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(store.toString());
		for (int i = 0; i < 200; i++) {
			Quad quad = quad(i);
			Txn.executeWrite(dataset, () -> dataset.add(quad));
		}
		TDBInternal.expel(dataset);
		assertThat(store.resolve("Data-0001")).isDirectory();

		assertThat(run("compact", "--data-dir", store.toString())).as(this.err.toString()).isZero();

		assertThat(store.resolve("Data-0002")).isDirectory();
		assertThat(store.resolve("Data-0001")).doesNotExist();
		DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(store.toString());
		try {
			long count = Txn.calculateRead(reopened, () -> (long) reopened.stream().count());
			assertThat(count).isEqualTo(200);
			assertThat(Txn.calculateRead(reopened, () -> reopened.contains(quad(199)))).isTrue();
		}
		finally {
			TDBInternal.expel(reopened);
		}
	}

	@Test
	void aDirectoryThatIsNotAStoreIsAnIoError() {
		assertThat(run("compact", "--data-dir", this.dir.toString())).isEqualTo(RegistryCli.IO);
		assertThat(this.err.toString()).startsWith("compact: ")
			.contains("is not a TDB2 data directory")
			.hasLineCount(1);
	}

	private static Quad quad(int i) {
		return Quad.create(NodeFactory.createURI("urn:test:g" + i), NodeFactory.createURI("urn:test:s" + i),
				NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("value " + i));
	}

}
