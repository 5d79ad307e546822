package org.consentregistry.registry.consent;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;

/** Where a record stands in its version chain. */
public enum RecordStatus {

	/** The chain's newest version, in force. */
	CURRENT(CR.Current),

	/** Replaced by a later version of the same issuer. */
	SUPERSEDED(CR.Superseded),

	/** Part of a chain that its issuer withdrew. */
	WITHDRAWN(CR.Withdrawn);

	private final Node node;

	RecordStatus(Node node) {
		this.node = node;
	}

	/** The lower-case wire form, e.g. {@code superseded}. */
	public String token() {
		return name().toLowerCase(Locale.ROOT);
	}

	Node node() {
		return this.node;
	}

	static Optional<RecordStatus> of(Node node) {
		for (RecordStatus status : values()) {
			if (status.node.equals(node)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
