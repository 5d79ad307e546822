package org.consentregistry.registry.pages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.consentregistry.registry.consent.RecordEntry;

/**
 * The history of a work's newest version taken from the versions of the work already
 * read, rather than by a second read of the store: an update or withdrawal is always
 * about the work of the version it replaces, so every version of the chain is among them.
 */
final class VersionChain {

	private VersionChain() {
	}

	/**
	 * The chain of versions that ends with {@code head}, oldest first, as
	 * {@code ConsentRecords.history} reads it; empty if {@code versions} do not hold a
	 * whole chain whose links agree both ways (the caller then reads it from the store).
	 * @param head a version that nothing supersedes
	 * @param versions every version of the work
	 */
	static Optional<List<RecordEntry>> of(RecordEntry head, List<RecordEntry> versions) {
		if (head.supersededBy() != null) {
			return Optional.empty();
		}
		Map<String, RecordEntry> byRecord = new HashMap<>(versions.size() * 2);
		versions.forEach((version) -> byRecord.put(version.record(), version));
		List<RecordEntry> chain = new ArrayList<>();
		RecordEntry version = head;
		while (true) {
			chain.add(version);
			String replaces = version.replaces();
			if (replaces == null) {
				break;
			}
			RecordEntry previous = byRecord.get(replaces);
			if (previous == null || !version.record().equals(previous.supersededBy())
					|| chain.size() > versions.size()) {
				return Optional.empty();
			}
			version = previous;
		}
		Collections.reverse(chain);
		return Optional.of(chain);
	}

}
