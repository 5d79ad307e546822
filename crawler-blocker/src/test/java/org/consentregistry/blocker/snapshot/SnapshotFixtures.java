package org.consentregistry.blocker.snapshot;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.RuleCompiler;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.ControlVerifier;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteException;
import org.consentregistry.blocker.tlog.NoteSigner;

/** Small named records, checkpoints and keys for snapshot tests. */
public final class SnapshotFixtures {

	public static final Instant AT = Instant.parse("2026-11-26T06:00:00Z");

	private SnapshotFixtures() {
	}

	public static NoteSigner registryKey() {
		try {
			return NoteSigner.generate("registry.example/log", new SecureRandom());
		}
		catch (NoteException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Checkpoint checkpoint(long size) {
		byte[] root = new byte[32];
		root[0] = (byte) size;
		return new Checkpoint("registry.example/log", size, root);
	}

	/** A refusal of {@code purpose} for one exact URL. */
	public static ConsentRecord refusal(String id, String url, Purpose purpose) {
		return new ConsentRecord(id, "did:key:z6MkAda", List.of(new Identifier.ExactUrl(url)),
				List.of(Rule.of(Effect.PROHIBIT, purpose)), Instant.parse("2026-01-01T00:00:00Z"), null, null, null);
	}

	/** A refusal of AI training for a whole domain. */
	public static ConsentRecord domainRefusal(String id, String domain) {
		return new ConsentRecord(id, "did:key:z6MkBen", List.of(new Identifier.Domain(domain, true)),
				List.of(Rule.of(Effect.PROHIBIT, Purpose.AI_TRAIN)), Instant.parse("2026-01-01T00:00:00Z"), null, null,
				null);
	}

	public static CompiledRules compile(Purpose purpose, List<ConsentRecord> records) {
		RuleCompiler compiler = new RuleCompiler(purpose, ControlVerifier.none(), AT);
		records.forEach(compiler::add);
		return compiler.compile();
	}

}
