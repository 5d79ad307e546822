package org.consentregistry.blocker.engine;

/**
 * The 32-bit payload of a table entry: the index of the evidence record in the low 30
 * bits, and two flags: bit 31, the record refuses the compiled purpose (it has a
 * prohibition covering it); bit 30, the issuer's control of the identifier was verified
 * when the rules were compiled for a snapshot.
 */
final class Payload {

	static final int PROHIBITS = 1 << 31;

	static final int VERIFIED = 1 << 30;

	/** The largest record index a payload holds. */
	static final int MAX_RECORD = VERIFIED - 1;

	private Payload() {
	}

	static int of(int record, boolean prohibits, boolean verified) {
		return record | (prohibits ? PROHIBITS : 0) | (verified ? VERIFIED : 0);
	}

	static int record(int payload) {
		return payload & MAX_RECORD;
	}

	static boolean prohibits(int payload) {
		return (payload & PROHIBITS) != 0;
	}

	static boolean verified(int payload) {
		return (payload & VERIFIED) != 0;
	}

	/** The payload with its record index replaced. */
	static int withRecord(int payload, int record) {
		return (payload & ~MAX_RECORD) | record;
	}

}
