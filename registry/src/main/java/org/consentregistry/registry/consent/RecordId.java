package org.consentregistry.registry.consent;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of a record: the UUID of the credential's {@code urn:uuid:} id, in canonical
 * lower-case form. The record's IRI is {@code {registry.base-uri}/records/{uuid}}.
 *
 * @param uuid the canonical lower-case UUID
 */
public record RecordId(String uuid) {

	private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final String URN_UUID = "urn:uuid:";

	public RecordId {
		if (!UUID.matcher(uuid).matches()) {
			throw new IllegalArgumentException("Expected a lower-case UUID but got '" + uuid + "'");
		}
	}

	/** Parses a path segment; empty unless it is a UUID (any case). */
	public static Optional<RecordId> parse(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return UUID.matcher(lower).matches() ? Optional.of(new RecordId(lower)) : Optional.empty();
	}

	/** The record id of a credential id; empty unless it is {@code urn:uuid:<uuid>}. */
	public static Optional<RecordId> ofCredentialId(String credentialId) {
		if (credentialId.length() <= URN_UUID.length()
				|| !credentialId.regionMatches(true, 0, URN_UUID, 0, URN_UUID.length())) {
			return Optional.empty();
		}
		return parse(credentialId.substring(URN_UUID.length()));
	}

	/** The credential id, {@code urn:uuid:<uuid>}. */
	public String credentialId() {
		return URN_UUID + this.uuid;
	}

	@Override
	public String toString() {
		return this.uuid;
	}

}
