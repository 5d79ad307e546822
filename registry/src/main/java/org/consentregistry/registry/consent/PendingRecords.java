package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jspecify.annotations.Nullable;

/**
 * The records that journaled submissions created or changed and that the store may not
 * hold yet: for each, its entry as it stands after the latest such submission, its
 * canonical hash and, for new records, its graph. Laid over the store, they give the
 * update rules the same view the store will have once it applied the journal (duplicate
 * detection, issuer, status and order checks of updates).
 * <p>
 * Only the ingest thread uses it. A record is forgotten once the store has committed
 * every journal entry that touched it.
 */
final class PendingRecords {

	private final Map<Node, Pending> records = new HashMap<>();

	private final ArrayDeque<Touch> touches = new ArrayDeque<>();

	/** Forgets the records whose every change is in the first {@code applied} entries. */
	void prune(long applied) {
		while (!this.touches.isEmpty() && this.touches.peekFirst().index() < applied) {
			Touch touch = this.touches.removeFirst();
			Pending pending = this.records.get(touch.record());
			if (pending != null && pending.index() == touch.index()) {
				this.records.remove(touch.record());
			}
		}
	}

	/** The number of records held. */
	int size() {
		return this.records.size();
	}

	/**
	 * These records laid over {@code store}, which must hold every journal entry older
	 * than the ones they were recorded in.
	 */
	RecordLookup over(RecordLookup store) {
		return new RecordLookup() {
			@Override
			public Optional<RecordEntry> entry(Node record) {
				Pending pending = PendingRecords.this.records.get(record);
				return (pending != null) ? Optional.of(pending.entry()) : store.entry(record);
			}

			@Override
			public @Nullable String canonicalSha256(Node record) {
				Pending pending = PendingRecords.this.records.get(record);
				return (pending != null && pending.canonicalSha256() != null) ? pending.canonicalSha256()
						: store.canonicalSha256(record);
			}
		};
	}

	/** The graph of a record created by a pending entry. */
	Optional<Graph> graph(Node record) {
		return Optional.ofNullable(this.records.get(record)).map(Pending::graph);
	}

	/**
	 * The entry that {@code added} will have once recorded as journal entry
	 * {@code index}.
	 */
	static RecordEntry entryOf(NewRecord added, Instant received, long index, Optional<RecordEntry> replaced) {
		boolean withdrawal = added.graph().isWithdrawal();
		return new RecordEntry(added.id(), added.iri().getURI(), added.id().credentialId(),
				withdrawal ? "ConsentWithdrawal" : "ConsentCredential", added.credential().issuer(), added.work(),
				withdrawal ? RecordStatus.WITHDRAWN : RecordStatus.CURRENT, received, added.issued(),
				replaced.map(RecordEntry::record).orElse(null), null, null, added.mediaType(), added.sha256(), index);
	}

	/**
	 * Remembers journal entry {@code index}, which records {@code added} as {@code entry}
	 * replacing {@code replaced}: the new record and the versions whose status it changed
	 * (as {@link UpdateRules#apply} changes them in the store).
	 * @return the replaced version as it stands after the change, if any
	 */
	Optional<RecordEntry> add(long index, NewRecord added, RecordEntry entry, Optional<RecordEntry> replaced,
			RecordLookup lookup) {
		List<Pending> changed = new ArrayList<>();
		changed.add(new Pending(entry, added.canonicalSha256(), added.graph().graph(), index));
		RecordEntry prior = replaced.orElse(null);
		RecordEntry priorAfter = null;
		if (prior != null) {
			boolean withdrawal = added.graph().isWithdrawal();
			priorAfter = with(prior, withdrawal ? RecordStatus.WITHDRAWN : RecordStatus.SUPERSEDED, entry.record(),
					entry.received());
			changed.add(kept(priorAfter, index));
			String older = prior.replaces();
			while (withdrawal && older != null) {
				RecordEntry version = lookup.entry(NodeFactory.createURI(older)).orElseThrow();
				changed.add(kept(with(version, RecordStatus.WITHDRAWN, version.supersededBy(), version.supersededAt()),
						index));
				older = version.replaces();
			}
		}
		for (Pending pending : changed) {
			this.records.put(NodeFactory.createURI(pending.entry().record()), pending);
			this.touches.addLast(new Touch(index, NodeFactory.createURI(pending.entry().record())));
		}
		return Optional.ofNullable(priorAfter);
	}

	private Pending kept(RecordEntry entry, long index) {
		Pending before = this.records.get(NodeFactory.createURI(entry.record()));
		return new Pending(entry, (before != null) ? before.canonicalSha256() : null,
				(before != null) ? before.graph() : null, index);
	}

	private static RecordEntry with(RecordEntry entry, RecordStatus status, @Nullable String supersededBy,
			@Nullable Instant supersededAt) {
		return new RecordEntry(entry.id(), entry.record(), entry.credential(), entry.kind(), entry.issuer(),
				entry.work(), status, entry.received(), entry.issued(), entry.replaces(), supersededBy, supersededAt,
				entry.mediaType(), entry.sha256(), entry.logIndex());
	}

	/**
	 * A record as pending journal entries left it.
	 *
	 * @param entry its entry
	 * @param canonicalSha256 its canonical hash, if created by a pending entry
	 * @param graph its graph, if created by a pending entry
	 * @param index the last journal entry that changed it
	 */
	private record Pending(RecordEntry entry, @Nullable String canonicalSha256, @Nullable Graph graph, long index) {
	}

	private record Touch(long index, Node record) {
	}

}
