package org.consentregistry.registry.consent;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The transparency log's leaf data for a record: a small JSON object naming the record,
 * its credential, issuer and work, the SHA-256 of the submitted bytes, when it was
 * received and what it replaces. It holds hashes and identifiers, not the terms: anyone
 * can match a leaf to the record it names and check the record's bytes against it.
 * <p>
 * Members appear in a fixed order without whitespace, so the bytes are the same for the
 * same record on every registry version that writes version 1.
 */
final class LogLeaf {

	private static final JsonMapper json = JsonMapper.builder().build();

	private LogLeaf() {
	}

	static byte[] of(RecordEntry entry) {
		Map<String, Object> leaf = new LinkedHashMap<>();
		leaf.put("v", 1);
		leaf.put("type", entry.kind());
		leaf.put("record", entry.record());
		leaf.put("credential", entry.credential());
		leaf.put("issuer", entry.issuer());
		leaf.put("work", entry.work());
		leaf.put("sha256", entry.sha256());
		leaf.put("received", entry.received().toString());
		if (entry.replaces() != null) {
			leaf.put("replaces", entry.replaces());
		}
		return json.writeValueAsString(leaf).getBytes(StandardCharsets.UTF_8);
	}

}
