package org.consentregistry.registry.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.registry.graph.RegistryDataset;

import org.springframework.stereotype.Component;

/**
 * The stored records as the decision engine sees them (see {@link ConsentRecordMapper}).
 */
@Component
public class EngineRecords {

	private final RegistryDataset dataset;

	private final RecordIris iris;

	EngineRecords(RegistryDataset dataset, RecordIris iris) {
		this.dataset = dataset;
		this.iris = iris;
	}

	/**
	 * Every consent record (not withdrawals) as the decision engine sees it, superseded
	 * and withdrawn versions included with the interval they were in force.
	 */
	public List<ConsentRecord> all() {
		return this.dataset.read((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			RecordMetadata metadata = new RecordMetadata(dsg);
			List<ConsentRecord> all = new ArrayList<>();
			dsg.find(RecordMetadata.REGISTRY, Node.ANY, RDF.type.asNode(), CR.ConsentCredential)
				.forEachRemaining((quad) -> metadata.entry(quad.getSubject())
					.ifPresent((entry) -> all
						.add(ConsentRecordMapper.toEngine(entry, RecordScans.copy(dsg, quad.getSubject())))));
			return all;
		});
	}

	/** One consent record as the decision engine sees it; empty for a withdrawal. */
	public Optional<ConsentRecord> one(RecordId id) {
		return this.dataset.read((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			Node name = this.iris.node(id);
			return new RecordMetadata(dsg).entry(name)
				.filter((entry) -> !entry.isWithdrawal())
				.map((entry) -> ConsentRecordMapper.toEngine(entry, RecordScans.copy(dsg, name)));
		});
	}

}
