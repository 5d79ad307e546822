package org.consentregistry.registry.consent;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.consentregistry.registry.RegistryProperties;

import org.springframework.stereotype.Component;

/**
 * Record IRIs: {@code {registry.base-uri}/records/{uuid}}.
 */
@Component
public final class RecordIris {

	private final String prefix;

	RecordIris(RegistryProperties properties) {
		String base = properties.baseUri().toString();
		this.prefix = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/records/";
	}

	/** The IRI of a record. */
	public String iri(RecordId id) {
		return this.prefix + id.uuid();
	}

	Node node(RecordId id) {
		return NodeFactory.createURI(iri(id));
	}

	/** The record id named by a record IRI of this registry or by a credential id. */
	public Optional<RecordId> idOf(String iriOrCredentialId) {
		if (iriOrCredentialId.startsWith(this.prefix)) {
			return RecordId.parse(iriOrCredentialId.substring(this.prefix.length()));
		}
		return RecordId.ofCredentialId(iriOrCredentialId);
	}

}
