package org.consentregistry.blocker.engine;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes compiled rules as the data files of a snapshot (format in
 * {@code docs/design/snapshot-format.md}), and applies an incremental snapshot to a full
 * one. Checking the files' hashes and signature is the snapshot reader's job; this class
 * only checks that the files are well formed.
 */
public final class RuleFiles {

	private RuleFiles() {
	}

	/** The names of the files {@link #write} writes, in order. */
	public static List<String> names() {
		return List.of(DataFile.RECORDS.fileName(), DataFile.EXACT_URLS.fileName(), DataFile.SHA256.fileName(),
				DataFile.URL_PREFIXES.fileName(), DataFile.DOMAINS.fileName());
	}

	/** The name of the file of removed record ids of an incremental snapshot. */
	public static String removedName() {
		return DataFile.REMOVED.fileName();
	}

	/** Writes the rules' data files into {@code dir}; returns their names. */
	public static List<String> write(CompiledRules rules, Path dir) throws IOException {
		try (DataOutputStream out = DataFile.RECORDS.create(dir)) {
			RecordCodec.write(out, rules.purpose(), rules.records());
		}
		try (DataOutputStream out = DataFile.EXACT_URLS.create(dir)) {
			TableCodec.writeTable(out, rules.exactUrls());
		}
		try (DataOutputStream out = DataFile.SHA256.create(dir)) {
			TableCodec.writeTable(out, rules.hashes());
		}
		try (DataOutputStream out = DataFile.URL_PREFIXES.create(dir)) {
			TableCodec.writePrefixes(out, rules.prefixes());
		}
		try (DataOutputStream out = DataFile.DOMAINS.create(dir)) {
			TableCodec.writeDomains(out, rules.domains());
		}
		return names();
	}

	/** Writes the ids of removed records of an incremental snapshot, sorted. */
	public static String writeRemoved(Collection<String> recordIds, Path dir) throws IOException {
		try (DataOutputStream out = DataFile.REMOVED.create(dir)) {
			out.writeInt(recordIds.size());
			for (String id : new TreeSet<>(recordIds)) {
				out.writeUTF(id);
			}
		}
		return removedName();
	}

	/** Reads the removed record ids of an incremental snapshot. */
	public static Set<String> readRemoved(Path dir) throws RuleFormatException, IOException {
		return new TreeSet<>(DataFile.REMOVED.read(dir, RecordCodec::strings));
	}

	/**
	 * Reads the data files in {@code dir}; control is as the snapshot's entry flags say.
	 * @throws RuleFormatException if a file is not well formed
	 */
	public static CompiledRules read(Path dir) throws RuleFormatException, IOException {
		try {
			Purpose[] purpose = new Purpose[1];
			List<ConsentRecord> records = DataFile.RECORDS.read(dir, (in) -> {
				purpose[0] = RecordCodec.readPurpose(in);
				return RecordCodec.readRecords(in);
			});
			int n = records.size();
			return new CompiledRules(purpose[0], List.copyOf(records),
					DataFile.EXACT_URLS.read(dir, (in) -> TableCodec.readTable(in, n, "exact-urls.bin")),
					DataFile.SHA256.read(dir, (in) -> TableCodec.readTable(in, n, "sha256.bin")),
					DataFile.URL_PREFIXES.read(dir, (in) -> TableCodec.readPrefixes(in, n)),
					DataFile.DOMAINS.read(dir, (in) -> TableCodec.readDomains(in, n)), null);
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			throw new RuleFormatException("expected well-formed records, got " + ex.getMessage(), ex);
		}
	}

	/**
	 * The rules of {@code base} without the records {@code removed} and with those of
	 * {@code additions} (which replace base records of the same id): what a full snapshot
	 * at the incremental's checkpoint holds. An incremental lists every replaced record
	 * in {@code removed}, since its new version may say nothing about the purpose and so
	 * be absent from {@code additions}.
	 */
	public static CompiledRules apply(CompiledRules base, CompiledRules additions, Set<String> removed) {
		List<ConsentRecord> all = new ArrayList<>(base.records());
		all.addAll(additions.records());
		Set<String> gone = new TreeSet<>(removed);
		additions.records().forEach((record) -> gone.add(record.recordId()));
		int[] remap = new int[all.size()];
		List<ConsentRecord> kept = new ArrayList<>();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			remap[i] = -1;
			if (i >= base.records().size() || !gone.contains(all.get(i).recordId())) {
				order.add(i);
			}
		}
		order.sort((a, b) -> all.get(a).recordId().compareTo(all.get(b).recordId()));
		for (int i : order) {
			remap[i] = kept.size();
			kept.add(all.get(i));
		}
		Postings postings = new Postings();
		copy(base, 0, postings);
		copy(additions, base.records().size(), postings);
		return postings.build(purposeOf(base, additions), List.copyOf(kept), remap, null);
	}

	private static @Nullable Purpose purposeOf(CompiledRules base, CompiledRules additions) {
		if (base.purpose() != additions.purpose()) {
			throw new IllegalArgumentException("expected an incremental snapshot for the base's purpose "
					+ base.purpose() + ", got one for " + additions.purpose());
		}
		return base.purpose();
	}

	static void copy(CompiledRules rules, int offset, Postings postings) {
		FingerprintTable exact = rules.exactUrls().table();
		for (int i = 0; i < exact.size(); i++) {
			postings.addExactUrl(exact.fingerprint(i), shift(exact.payload(i), offset));
		}
		FingerprintTable hashes = rules.hashes().table();
		for (int i = 0; i < hashes.size(); i++) {
			postings.addHash(hashes.fingerprint(i), shift(hashes.payload(i), offset));
		}
		PrefixIndex prefixes = rules.prefixes();
		for (int i = 0; i < prefixes.size(); i++) {
			postings.addPrefix(prefixes.prefix(i), shift(prefixes.payload(i), offset));
		}
		DomainIndex domains = rules.domains();
		for (int i = 0; i < domains.size(); i++) {
			postings.addDomain(domains.host(i), domains.includesSubdomains(i), shift(domains.payload(i), offset));
		}
	}

	private static int shift(int payload, int offset) {
		return Payload.withRecord(payload, Payload.record(payload) + offset);
	}

}
