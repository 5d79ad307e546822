package org.consentregistry.blocker.snapshot;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.consentregistry.blocker.json.Json;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.snapshot.SnapshotVerificationException.Reason;
import org.consentregistry.blocker.tlog.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link SnapshotManifest} as JSON (members in a fixed order, one file a line)
 * and reads it back strictly: unknown members, wrong types and malformed values are
 * refused.
 */
final class ManifestJson {

	/** Upper bound on the size of a manifest this library reads. */
	static final int MAX_LENGTH = 1 << 20;

	private static final Set<String> MEMBERS = Set.of("format", "formatVersion", "purpose", "kind", "checkpoint",
			"base", "baseFiles", "createdAt", "counts", "files", "result");

	private ManifestJson() {
	}

	static String write(SnapshotManifest manifest) {
		StringBuilder json = new StringBuilder("{\n  \"format\": ");
		Json.quote(json, SnapshotManifest.FORMAT).append(",\n  \"formatVersion\": ").append(SnapshotManifest.VERSION);
		Json.quote(json.append(",\n  \"purpose\": "), manifest.purpose().token());
		Json.quote(json.append(",\n  \"kind\": "), manifest.kind());
		checkpoint(json.append(",\n  \"checkpoint\": "), manifest.checkpoint());
		if (manifest.base() != null) {
			checkpoint(json.append(",\n  \"base\": "), manifest.base());
			files(json.append(",\n  \"baseFiles\": "), manifest.baseFiles());
		}
		Json.quote(json.append(",\n  \"createdAt\": "), manifest.createdAt().toString());
		json.append(",\n  \"counts\": {");
		String separator = "";
		for (Map.Entry<String, Long> count : new TreeMap<>(manifest.counts()).entrySet()) {
			Json.quote(json.append(separator), count.getKey()).append(": ").append(count.getValue());
			separator = ", ";
		}
		files(json.append("},\n  \"files\": "), manifest.files());
		if (manifest.incremental()) {
			files(json.append(",\n  \"result\": "), manifest.result());
		}
		return json.append("\n}\n").toString();
	}

	private static void checkpoint(StringBuilder json, Checkpoint checkpoint) {
		Json.quote(json.append("{\"origin\": "), checkpoint.origin()).append(", \"size\": ").append(checkpoint.size());
		Json.quote(json.append(", \"rootHash\": "), Base64.getEncoder().encodeToString(checkpoint.rootHash()));
		json.append('}');
	}

	private static void files(StringBuilder json, List<FileEntry> files) {
		json.append('[');
		for (int i = 0; i < files.size(); i++) {
			FileEntry file = files.get(i);
			Json.quote(json.append((i > 0) ? ",\n    " : "\n    ").append("{\"name\": "), file.name());
			json.append(", \"size\": ").append(file.size());
			Json.quote(json.append(", \"sha256\": "), file.sha256()).append('}');
		}
		json.append("\n  ]");
	}

	static SnapshotManifest parse(String text) throws SnapshotVerificationException {
		if (text.length() > MAX_LENGTH) {
			throw malformed("expected a manifest of at most " + MAX_LENGTH + " characters, got " + text.length());
		}
		try {
			Map<?, ?> object = object(Json.parse(text), "the manifest");
			for (Object name : object.keySet()) {
				require(MEMBERS.contains(name), "no member \"" + name + "\" in a format version 1 manifest");
			}
			require(SnapshotManifest.FORMAT.equals(object.get("format")),
					"\"format\": \"" + SnapshotManifest.FORMAT + "\", got " + object.get("format"));
			require(Long.valueOf(SnapshotManifest.VERSION).equals(object.get("formatVersion")),
					"\"formatVersion\": 1, got " + object.get("formatVersion"));
			Purpose purpose = Purpose.of(string(object, "purpose"))
				.orElseThrow(
						() -> new IllegalArgumentException("expected a purpose token, got " + object.get("purpose")));
			String kind = string(object, "kind");
			require(kind.equals("full") || kind.equals("incremental"), "\"kind\" full or incremental, got " + kind);
			boolean incremental = kind.equals("incremental");
			Checkpoint base = (object.get("base") != null) ? checkpoint(object.get("base")) : null;
			List<FileEntry> result = incremental ? files(object.get("result")) : List.of();
			List<FileEntry> baseFiles = incremental ? files(object.get("baseFiles")) : List.of();
			require(incremental || object.get("result") == null, "no \"result\" in a full snapshot");
			require(incremental || object.get("baseFiles") == null, "no \"baseFiles\" in a full snapshot");
			return new SnapshotManifest(purpose, incremental, checkpoint(object.get("checkpoint")), base, baseFiles,
					Instant.parse(string(object, "createdAt")), counts(object.get("counts")),
					files(object.get("files")), result);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw malformed(ex.getMessage());
		}
	}

	private static Checkpoint checkpoint(@Nullable Object value) {
		Map<?, ?> object = object(value, "a checkpoint");
		require(object.keySet().equals(Set.of("origin", "size", "rootHash")),
				"a checkpoint of origin, size and rootHash, got members " + object.keySet());
		return new Checkpoint(string(object, "origin"), number(object, "size"),
				Base64.getDecoder().decode(string(object, "rootHash")));
	}

	private static Map<String, Long> counts(@Nullable Object value) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : object(value, "counts").entrySet()) {
			Object count = entry.getValue();
			require(count instanceof Long number && number >= 0,
					"count \"" + entry.getKey() + "\" to be an integer >= 0, got " + count);
			counts.put(String.valueOf(entry.getKey()), (Long) count);
		}
		return counts;
	}

	private static List<FileEntry> files(@Nullable Object value) {
		require(value instanceof List<?>, "an array of files, got " + value);
		List<FileEntry> files = new ArrayList<>();
		for (Object item : (List<?>) value) {
			Map<?, ?> file = object(item, "a file");
			require(file.keySet().equals(Set.of("name", "size", "sha256")),
					"a file of name, size and sha256, got members " + file.keySet());
			String name = string(file, "name");
			String sha256 = string(file, "sha256");
			require(FileEntry.NAME.matcher(name).matches(), "a file name like records.bin, got '" + name + "'");
			require(FileEntry.SHA256.matcher(sha256).matches(), "a lower-case hex SHA-256, got '" + sha256 + "'");
			require(files.stream().noneMatch((f) -> f.name().equals(name)), "each file named once, got " + name);
			files.add(new FileEntry(name, number(file, "size"), sha256));
		}
		return files;
	}

	private static Map<?, ?> object(@Nullable Object value, String what) {
		require(value instanceof Map<?, ?>, what + " to be a JSON object, got " + value);
		return (Map<?, ?>) value;
	}

	private static String string(Map<?, ?> object, String name) {
		Object value = object.get(name);
		require(value instanceof String, "\"" + name + "\" to be a string, got " + value);
		return (String) value;
	}

	private static long number(Map<?, ?> object, String name) {
		Object value = object.get(name);
		require(value instanceof Long number && number >= 0, "\"" + name + "\" to be an integer >= 0, got " + value);
		return (Long) value;
	}

	private static void require(boolean condition, String expected) {
		if (!condition) {
			throw new IllegalArgumentException("expected " + expected);
		}
	}

	private static SnapshotVerificationException malformed(@Nullable String message) {
		return new SnapshotVerificationException(Reason.MALFORMED, "snapshot manifest: " + message);
	}

}
