package org.consentregistry.registry.bulkcheck;

import org.consentregistry.blocker.policy.Answer;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Purpose;

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

	static byte[] answer(Answer answer) {
		return ANSWERS[answer.ordinal()];
	}

	static byte[] effect(Effect effect) {
		return EFFECTS[effect.ordinal()];
	}

	static byte[] purpose(Purpose purpose) {
		return PURPOSES[purpose.ordinal()];
	}

	static byte[] bool(boolean value) {
		return value ? TRUE : FALSE;
	}

}
