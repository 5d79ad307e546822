package org.consentregistry.blocker.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The content of {@code records.bin}: the purpose, then the evidence records (id, issuer,
 * times, rules) in id order. Counts are bounded so that a hostile file cannot make the
 * reader allocate without end.
 */
final class RecordCodec {

	private static final int MAX_LIST = 1 << 16;

	private RecordCodec() {
	}

	static void write(DataOutputStream out, @Nullable Purpose purpose, List<ConsentRecord> records) throws IOException {
		out.writeUTF((purpose != null) ? purpose.token() : "");
		out.writeInt(records.size());
		for (ConsentRecord record : records) {
			out.writeUTF(record.recordId());
			out.writeUTF(record.issuer());
			instant(out, record.effectiveFrom());
			instant(out, record.effectiveUntil());
			instant(out, record.validFrom());
			instant(out, record.validUntil());
			out.writeInt(record.rules().size());
			for (Rule rule : record.rules()) {
				rule(out, rule);
			}
		}
	}

	private static void rule(DataOutputStream out, Rule rule) throws IOException {
		out.writeByte(rule.effect().ordinal());
		out.writeUTF(rule.purpose().token());
		strings(out, new TreeSet<>(rule.recipients()));
		out.writeByte((rule.commercial() == null) ? 0 : rule.commercial() ? 2 : 1);
		instant(out, rule.until());
		strings(out, rule.duties());
	}

	private static void strings(DataOutputStream out, Iterable<String> values) throws IOException {
		List<String> list = new ArrayList<>();
		values.forEach(list::add);
		out.writeInt(list.size());
		for (String value : list) {
			out.writeUTF(value);
		}
	}

	private static void instant(DataOutputStream out, @Nullable Instant instant) throws IOException {
		out.writeBoolean(instant != null);
		if (instant != null) {
			out.writeLong(instant.getEpochSecond());
			out.writeInt(instant.getNano());
		}
	}

	static @Nullable Purpose readPurpose(DataInputStream in) throws IOException, RuleFormatException {
		String token = in.readUTF();
		if (token.isEmpty()) {
			return null;
		}
		return Purpose.of(token)
			.orElseThrow(() -> new RuleFormatException("expected a purpose token in records.bin, got '" + token + "'"));
	}

	static List<ConsentRecord> readRecords(DataInputStream in) throws IOException, RuleFormatException {
		int count = count(in, Payload.MAX_RECORD + 1, "records");
		List<ConsentRecord> records = new ArrayList<>(Math.min(count, MAX_LIST));
		for (int i = 0; i < count; i++) {
			String id = in.readUTF();
			String issuer = in.readUTF();
			Instant from = instant(in);
			if (from == null) {
				throw new RuleFormatException("expected an effective-from time for record " + id + ", got none");
			}
			Instant until = instant(in);
			Instant validFrom = instant(in);
			Instant validUntil = instant(in);
			int rules = count(in, MAX_LIST, "rules");
			List<Rule> list = new ArrayList<>(rules);
			for (int r = 0; r < rules; r++) {
				list.add(rule(in));
			}
			records.add(new ConsentRecord(id, issuer, List.of(), list, from, until, validFrom, validUntil));
		}
		return records;
	}

	private static Rule rule(DataInputStream in) throws IOException, RuleFormatException {
		int effect = in.readUnsignedByte();
		if (effect > 1) {
			throw new RuleFormatException("expected effect 0 (permit) or 1 (prohibit), got " + effect);
		}
		String token = in.readUTF();
		Purpose purpose = Purpose.of(token)
			.orElseThrow(() -> new RuleFormatException("expected a purpose token in a rule, got '" + token + "'"));
		Set<String> recipients = new TreeSet<>(strings(in));
		int commercial = in.readUnsignedByte();
		if (commercial > 2) {
			throw new RuleFormatException("expected commercial 0 (either), 1 (no) or 2 (yes), got " + commercial);
		}
		Instant until = instant(in);
		return new Rule(Effect.values()[effect], purpose, recipients, (commercial == 0) ? null : commercial == 2, until,
				strings(in));
	}

	static List<String> strings(DataInputStream in) throws IOException, RuleFormatException {
		int count = count(in, MAX_LIST, "strings");
		List<String> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(in.readUTF());
		}
		return values;
	}

	static int count(DataInputStream in, int max, String what) throws IOException, RuleFormatException {
		int count = in.readInt();
		if (count < 0 || count > max) {
			throw new RuleFormatException("expected a count of " + what + " from 0 to " + max + ", got " + count);
		}
		return count;
	}

	private static @Nullable Instant instant(DataInputStream in) throws IOException {
		return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
	}

}
