package org.consentregistry.registry.consent;

import java.time.Instant;
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
	 * and withdrawn versions included with the interval they were in force. On TDB2 the
	 * records are read in one pass over the store's index in node-id space (see
	 * {@link StoreScan}), as the search index's rebuild reads them, instead of a lookup
	 * per statement through the store's node cache.
	 */
	public List<ConsentRecord> all() {
		return this.dataset.read((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			RecordMetadata metadata = new RecordMetadata(dsg);
			List<ConsentRecord> all = new ArrayList<>();
			Optional<StoreScan> scan = StoreScan.of(dsg);
			if (scan.isPresent()) {
				scan.get().forEachGraph(metadata, (entry, graph) -> {
					if (!entry.isWithdrawal()) {
						all.add(ConsentRecordMapper.toEngine(entry, graph));
					}
				});
				return all;
			}
			dsg.find(RecordMetadata.REGISTRY, Node.ANY, RDF.type.asNode(), CR.ConsentCredential)
				.forEachRemaining((quad) -> metadata.entry(quad.getSubject())
					.ifPresent((entry) -> all
						.add(ConsentRecordMapper.toEngine(entry, RecordScans.copy(dsg, quad.getSubject())))));
			return all;
		});
	}

	/**
	 * The consent records as they stood at {@code point}: those received at or before it
	 * (for a point named by a log size {@code N}, exactly the records whose log index is
	 * below {@code N}), each in force until a version or withdrawal received by then
	 * replaced it, else still current.
	 */
	public List<ConsentRecord> asOf(AsOf point) {
		return asOf(all(), point);
	}

	static List<ConsentRecord> asOf(List<ConsentRecord> all, AsOf point) {
		List<ConsentRecord> kept = new ArrayList<>();
		for (ConsentRecord record : all) {
			if (point.includes(record.effectiveFrom())) {
				Instant until = record.effectiveUntil();
				kept.add((until == null || point.includes(until)) ? record
						: new ConsentRecord(record.recordId(), record.issuer(), record.identifiers(), record.rules(),
								record.effectiveFrom(), null, record.validFrom(), record.validUntil()));
			}
		}
		return kept;
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
