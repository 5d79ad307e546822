package org.consentregistry.registry.bulkcheck;

import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Purpose;
import org.jspecify.annotations.Nullable;

/** The fixed JSON fragments of bulk-check answers, encoded once. */
final class Tokens {

	static final byte[] COMMA = AnswerWriter.bytes(",");

	static final byte[] QUOTE = AnswerWriter.bytes("\"");

	static final byte[] OPEN_OBJECT = AnswerWriter.bytes("{");

	static final byte[] CLOSE_OBJECT = AnswerWriter.bytes("}");

	static final byte[] CLOSE_ARRAY = AnswerWriter.bytes("]");

	static final byte[] EXACT_URL = AnswerWriter.bytes("ExactUrl");

	static final byte[] URL_PREFIX = AnswerWriter.bytes("UrlPrefix");

	static final byte[] DOMAIN = AnswerWriter.bytes("Domain");

	static final byte[] CONTENT_HASH = AnswerWriter.bytes("ContentHash");

	private static final byte[] REFUSAL_WINS = quoted(Decision.REFUSAL_WINS);

	private static final byte[] VERIFIED_PERMISSION = quoted(Decision.VERIFIED_PERMISSION);

	private static final byte[] UNVERIFIED_PERMISSION = quoted(Decision.UNVERIFIED_PERMISSION);

	private static final byte[] NO_APPLICABLE_RULE = quoted(Decision.NO_APPLICABLE_RULE);

	private static final byte[] NO_MATCHING_RECORD = quoted(Decision.NO_MATCHING_RECORD);

	private static final byte[] TRUE = AnswerWriter.bytes("true");

	private static final byte[] FALSE = AnswerWriter.bytes("false");

	private static final byte[][] ANSWERS = new byte[Answer.values().length][];

	private static final byte[][] EFFECTS = new byte[Effect.values().length][];

	private static final byte[][] PURPOSES = new byte[Purpose.values().length][];

	static {
		for (Answer answer : Answer.values()) {
			ANSWERS[answer.ordinal()] = AnswerWriter.bytes(answer.token());
		}
		for (Effect effect : Effect.values()) {
			EFFECTS[effect.ordinal()] = AnswerWriter.bytes(effect.name().toLowerCase(java.util.Locale.ROOT));
		}
		for (Purpose purpose : Purpose.values()) {
			PURPOSES[purpose.ordinal()] = AnswerWriter.bytes(purpose.token());
		}
	}

	private Tokens() {
	}

	private static byte[] quoted(String token) {
		return AnswerWriter.bytes("\"" + token + "\"");
	}

	static byte[] answer(Answer answer) {
		return ANSWERS[answer.ordinal()];
	}

	static byte[] effect(Effect effect) {
		return EFFECTS[effect.ordinal()];
	}

	static byte[] purpose(Purpose purpose) {
		return PURPOSES[purpose.ordinal()];
	}

	/**
	 * The quoted JSON string of a {@code decidedBy} value of {@link Decision}, or
	 * {@code null} for another value.
	 */
	static byte @Nullable [] decidedBy(String decidedBy) {
		return switch (decidedBy) {
			case Decision.REFUSAL_WINS -> REFUSAL_WINS;
			case Decision.VERIFIED_PERMISSION -> VERIFIED_PERMISSION;
			case Decision.UNVERIFIED_PERMISSION -> UNVERIFIED_PERMISSION;
			case Decision.NO_APPLICABLE_RULE -> NO_APPLICABLE_RULE;
			case Decision.NO_MATCHING_RECORD -> NO_MATCHING_RECORD;
			default -> null;
		};
	}

	static byte[] bool(boolean value) {
		return value ? TRUE : FALSE;
	}

}
