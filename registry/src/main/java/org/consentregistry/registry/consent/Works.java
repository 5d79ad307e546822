package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.consentregistry.registry.graph.RegistryDataset;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The records grouped by work, for the public pages: every version of one work, and the
 * works of one issuer with the newest version of each. Reads only the index entries of
 * the work or issuer asked about (the store's POS index), never every record.
 */
@Component
public class Works {

	/** How many issuers' sorted versions are kept (the most recently listed). */
	static final int KEPT_ISSUERS = 16;

	private static final Comparator<Head> NEWEST_FIRST = Comparator
		.comparing(Head::received, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((head) -> head.record().getURI());

	private final RegistryDataset dataset;

	private final Map<String, IssuerHeads> headsByIssuer = Collections
		.synchronizedMap(new LinkedHashMap<>(KEPT_ISSUERS, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, IssuerHeads> eldest) {
				return size() > KEPT_ISSUERS;
			}

		});

	Works(RegistryDataset dataset) {
		this.dataset = dataset;
	}

	/**
	 * Every record about {@code work} (from any issuer), oldest first. Read without
	 * adding the records' nodes to the store's node caches (see
	 * {@link RegistryDataset#readUncached}): the work page of a work picked at random
	 * would otherwise replace cache entries that outlive a young collection.
	 */
	public List<RecordEntry> versions(String work) {
		return this.dataset.readUncached((dsg) -> {
			RecordMetadata metadata = new RecordMetadata(dsg);
			List<RecordEntry> versions = new ArrayList<>();
			dsg.find(RecordMetadata.REGISTRY, Node.ANY, CR.work, NodeFactory.createURI(work))
				.forEachRemaining((quad) -> metadata.entry(quad.getSubject()).ifPresent(versions::add));
			versions.sort(Comparator.comparing(RecordEntry::received).thenComparing(RecordEntry::record));
			return versions;
		});
	}

	/**
	 * One page of the works of {@code issuer}, each with its newest version (current, or
	 * the withdrawal), newest first. The issuer's versions are found and sorted once per
	 * state of the store (its journal size, which every new record, update and withdrawal
	 * moves; a read sees at least the entries the journal held when it started) and kept
	 * for the next pages; a page then reads only its own works.
	 */
	public Listing byIssuer(String issuer, int limit, int offset) {
		List<Head> heads = heads(issuer);
		int from = Math.min(offset, heads.size());
		List<Head> page = heads.subList(from, Math.min(from + limit, heads.size()));
		return this.dataset.read((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			RecordMetadata metadata = new RecordMetadata(dsg);
			List<Summary> summaries = new ArrayList<>(page.size());
			for (Head head : page) {
				metadata.entry(head.record()).ifPresent((entry) -> summaries.add(summary(dsg, metadata, entry)));
			}
			return new Listing(summaries, heads.size());
		});
	}

	private List<Head> heads(String issuer) {
		long size = this.dataset.journalSize();
		IssuerHeads kept = this.headsByIssuer.get(issuer);
		if (kept != null && kept.journalSize() == size) {
			return kept.heads();
		}
		List<Head> heads = this.dataset.read((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			RecordMetadata metadata = new RecordMetadata(dsg);
			List<Head> found = new ArrayList<>();
			dsg.find(RecordMetadata.REGISTRY, Node.ANY, CR.issuer, NodeFactory.createURI(issuer))
				.forEachRemaining((quad) -> {
					Node record = quad.getSubject();
					if (metadata.object(record, CR.supersededBy).isEmpty()) {
						found.add(new Head(record, metadata.instant(record, CR.received)));
					}
				});
			found.sort(NEWEST_FIRST);
			return List.copyOf(found);
		});
		this.headsByIssuer.put(issuer, new IssuerHeads(size, heads));
		return heads;
	}

	private static Summary summary(DatasetGraph dsg, RecordMetadata metadata, RecordEntry latest) {
		Node described = NodeFactory.createURI(latest.record());
		if (latest.isWithdrawal() && latest.replaces() != null) {
			described = NodeFactory.createURI(latest.replaces());
		}
		Node work = NodeFactory.createURI(latest.work());
		return new Summary(latest, text(dsg, described, work, VC.title), text(dsg, described, work, CR.creatorName));
	}

	private static @Nullable String text(DatasetGraph dsg, Node graph, Node subject, Node property) {
		var found = dsg.find(graph, subject, property, Node.ANY);
		try {
			return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : null;
		}
		finally {
			Iter.close(found);
		}
	}

	private record Head(Node record, @Nullable Instant received) {
	}

	/**
	 * The heads of one issuer's versions, newest first, as of a journal size.
	 */
	private record IssuerHeads(long journalSize, List<Head> heads) {
	}

	/**
	 * A work and its newest version.
	 *
	 * @param latest the newest version (current, or the withdrawal)
	 * @param title the work's title as its newest consent credential gives it
	 * @param creatorName the creator's name as that credential gives it
	 */
	public record Summary(RecordEntry latest, @Nullable String title, @Nullable String creatorName) {
	}

	/**
	 * One page of works.
	 *
	 * @param works the works on the page
	 * @param total how many works there are in all
	 */
	public record Listing(List<Summary> works, int total) {
	}

}
