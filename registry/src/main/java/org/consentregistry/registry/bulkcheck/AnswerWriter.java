package org.consentregistry.registry.bulkcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Evidence;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Writes bulk-check answers, one NDJSON line each: an answer with its evidence and the
 * checkpoint the rules reflect, an error in place of an answer, and the closing summary
 * (formats in {@code docs/api.md}, "POST /bulk-check").
 */
final class AnswerWriter {

	private static final byte[] ID = bytes("{\"id\":");

	private static final byte[] ANSWER = bytes("\"answer\":\"");

	private static final byte[] DECIDED_BY = bytes("\",\"decidedBy\":");

	private static final byte[] EVIDENCE = bytes(",\"evidence\":[");

	private static final byte[] RECORD = bytes("{\"record\":");

	private static final byte[] MATCHED_BY = bytes(",\"matchedBy\":{\"type\":\"");

	private static final byte[] VALUE = bytes("\",\"value\":");

	private static final byte[] SUBDOMAINS = bytes(",\"includeSubdomains\":");

	private static final byte[] RULE = bytes("},\"rule\":{\"effect\":\"");

	private static final byte[] PURPOSE = bytes("\",\"purpose\":\"");

	private static final byte[] DUTIES = bytes("\",\"duties\":[");

	private static final byte[] VERIFIED = bytes("},\"controlVerified\":");

	private static final byte[] ERROR = bytes("\"error\":{\"type\":");

	private final JsonOutput out;

	private final byte[] checkpoint;

	/**
	 * @param out where the lines go
	 * @param checkpoint the checkpoint every answer names
	 */
	AnswerWriter(JsonOutput out, SignedCheckpoint checkpoint) {
		this.out = out;
		this.checkpoint = bytes("],\"checkpoint\":{\"size\":" + checkpoint.size() + ",\"rootHash\":\""
				+ Base64.getEncoder().encodeToString(checkpoint.checkpoint().rootHash()) + "\"}}\n");
	}

	/**
	 * An answer to the item whose raw {@code id} is {@code line[idStart..idEnd)}, if any.
	 */
	void answer(byte[] line, int idStart, int idEnd, Decision decision) throws IOException {
		open(line, idStart, idEnd);
		this.out.raw(ANSWER).raw(Tokens.answer(decision.answer())).raw(DECIDED_BY);
		byte[] decidedBy = Tokens.decidedBy(decision.decidedBy());
		if (decidedBy != null) {
			this.out.raw(decidedBy);
		}
		else {
			this.out.string(decision.decidedBy());
		}
		this.out.raw(EVIDENCE);
		List<Evidence> evidence = decision.evidence();
		for (int i = 0; i < evidence.size(); i++) {
			if (i > 0) {
				this.out.raw(Tokens.COMMA);
			}
			evidence(evidence.get(i));
		}
		this.out.raw(this.checkpoint);
	}

	private void evidence(Evidence evidence) throws IOException {
		this.out.raw(RECORD).string(evidence.recordId()).raw(MATCHED_BY);
		Identifier matched = evidence.matchedBy();
		if (matched instanceof Identifier.ExactUrl exact) {
			this.out.raw(Tokens.EXACT_URL).raw(VALUE).string(exact.url());
		}
		else if (matched instanceof Identifier.UrlPrefix prefix) {
			this.out.raw(Tokens.URL_PREFIX).raw(VALUE).string(prefix.prefix());
		}
		else if (matched instanceof Identifier.Domain domain) {
			this.out.raw(Tokens.DOMAIN).raw(VALUE).string(domain.host()).raw(SUBDOMAINS);
			this.out.raw(Tokens.bool(domain.includeSubdomains()));
		}
		else {
			this.out.raw(Tokens.CONTENT_HASH).raw(VALUE).string(((Identifier.Sha256) matched).hex());
		}
		Rule rule = evidence.rule();
		this.out.raw(RULE).raw(Tokens.effect(rule.effect())).raw(PURPOSE).raw(Tokens.purpose(rule.purpose()));
		if (!rule.duties().isEmpty()) {
			this.out.raw(DUTIES);
			for (int i = 0; i < rule.duties().size(); i++) {
				if (i > 0) {
					this.out.raw(Tokens.COMMA);
				}
				this.out.string(rule.duties().get(i));
			}
			this.out.raw(Tokens.CLOSE_ARRAY);
		}
		else {
			this.out.raw(Tokens.QUOTE);
		}
		this.out.raw(VERIFIED).raw(Tokens.bool(evidence.controlVerified())).raw(Tokens.CLOSE_OBJECT);
	}

	/** An error in place of the answer to line {@code number}. */
	void error(byte[] line, int idStart, int idEnd, long number, Problem problem, String detail) throws IOException {
		open(line, idStart, idEnd);
		this.out.raw(ERROR).string(problem.type().toString()).raw(bytes(",\"detail\":")).string(detail);
		this.out.raw(bytes("},\"line\":")).number(number).raw(bytes("}\n"));
	}

	/**
	 * The closing line: counts, whether every line was read, and the signed checkpoint.
	 */
	void summary(Counts counts, SignedCheckpoint checkpoint, @Nullable Problem stop, @Nullable String detail)
			throws IOException {
		this.out.raw(bytes("{\"summary\":{\"lines\":")).number(counts.lines());
		this.out.raw(bytes(",\"answers\":")).number(counts.answers());
		this.out.raw(bytes(",\"errors\":")).number(counts.errors());
		this.out.raw(bytes(",\"allowed\":")).number(counts.allowed());
		this.out.raw(bytes(",\"refused\":")).number(counts.refused());
		this.out.raw(bytes(",\"unknown\":")).number(counts.unknown());
		this.out.raw(bytes(",\"complete\":")).raw(Tokens.bool(stop == null));
		if (stop != null) {
			this.out.raw(bytes(",\"error\":{\"type\":")).string(stop.type().toString());
			this.out.raw(bytes(",\"detail\":")).string(String.valueOf(detail)).raw(Tokens.CLOSE_OBJECT);
		}
		this.out.raw(bytes(",\"checkpoint\":{\"size\":")).number(checkpoint.size());
		this.out.raw(bytes(",\"rootHash\":"))
			.string(Base64.getEncoder().encodeToString(checkpoint.checkpoint().rootHash()));
		this.out.raw(bytes(",\"note\":")).string(checkpoint.note()).raw(bytes("}}}\n"));
	}

	private void open(byte[] line, int idStart, int idEnd) throws IOException {
		if (idStart >= 0) {
			this.out.raw(ID).raw(line, idStart, idEnd).raw(Tokens.COMMA);
		}
		else {
			this.out.raw(Tokens.OPEN_OBJECT);
		}
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
