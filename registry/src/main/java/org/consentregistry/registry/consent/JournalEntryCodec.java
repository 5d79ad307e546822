package org.consentregistry.registry.consent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.consentregistry.registry.credential.VerifiedCredential;
import org.jspecify.annotations.Nullable;

/**
 * The ingest journal's entry for an accepted credential: everything needed to record it
 * again exactly as it was recorded (the verified credential, the media type and the time
 * it was received), so that replaying the journal after a crash gives the same store.
 * Credentials are not verified again on replay: an entry is only written after they were,
 * and their validity period may have ended since.
 */
final class JournalEntryCodec {

	private static final int VERSION = 2;

	private static final int CREDENTIAL = 1;

	private JournalEntryCodec() {
	}

	/**
	 * Encodes an entry.
	 * @param added the credential
	 * @param received when it was received
	 * @param leaf the transparency log's leaf data for it (see {@link LogLeaf})
	 * @return the entry
	 */
	static byte[] encode(NewRecord added, Instant received, byte[] leaf) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(added.credential().original().length * 3);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			VerifiedCredential credential = added.credential();
			out.writeByte(VERSION);
			out.writeByte(CREDENTIAL);
			writeBytes(out, leaf);
			out.writeLong(received.getEpochSecond());
			out.writeInt(received.getNano());
			out.writeUTF(added.mediaType());
			writeString(out, credential.id());
			writeString(out, credential.issuer());
			writeString(out, credential.verificationMethod());
			writeInstant(out, credential.proofCreated());
			writeInstant(out, credential.validFrom());
			writeInstant(out, credential.validUntil());
			writeBytes(out, credential.canonicalDocument().getBytes(StandardCharsets.UTF_8));
			writeBytes(out, credential.original());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The transparency log's leaf data of an entry. */
	static byte[] leaf(byte[] entry) {
		try (DataInputStream in = open(entry)) {
			return required(readBytes(in));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read a journal entry: " + ex.getMessage(), ex);
		}
	}

	/** The time an entry's credential was received, read without decoding the rest. */
	static Instant received(byte[] entry) {
		try (DataInputStream in = open(entry)) {
			readBytes(in);
			return Instant.ofEpochSecond(in.readLong(), in.readInt());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read a journal entry: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The bytes an entry's credential was submitted as, read without decoding the rest
	 * (the canonical document before them is as large again).
	 */
	static byte[] original(byte[] entry) {
		try (DataInputStream in = open(entry)) {
			skipBytes(in);
			in.skipNBytes(Long.BYTES + Integer.BYTES);
			in.skipNBytes(in.readUnsignedShort());
			// id, issuer, verification method, proof created, valid from, valid until,
			// canonical document
			for (int field = 0; field < 7; field++) {
				skipBytes(in);
			}
			return required(readBytes(in));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read a journal entry: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The id, canonical N-Quads and submitted bytes of an entry's credential, read
	 * without decoding the rest.
	 */
	static Document document(byte[] entry) {
		try (DataInputStream in = open(entry)) {
			skipBytes(in);
			in.skipNBytes(Long.BYTES + Integer.BYTES);
			in.skipNBytes(in.readUnsignedShort());
			String id = readString(in);
			// issuer, verification method, proof created, valid from, valid until
			for (int field = 0; field < 5; field++) {
				skipBytes(in);
			}
			String canonical = new String(required(readBytes(in)), StandardCharsets.UTF_8);
			return new Document(id, canonical, required(readBytes(in)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read a journal entry: " + ex.getMessage(), ex);
		}
	}

	private static DataInputStream open(byte[] entry) throws IOException {
		DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
		int version = in.readUnsignedByte();
		int type = in.readUnsignedByte();
		if (version != VERSION || type != CREDENTIAL) {
			throw new IllegalStateException("Expected a journal entry of version " + VERSION + " type " + CREDENTIAL
					+ " but found version " + version + " type " + type);
		}
		return in;
	}

	static Decoded decode(byte[] entry) {
		try (DataInputStream in = open(entry)) {
			readBytes(in);
			Instant received = Instant.ofEpochSecond(in.readLong(), in.readInt());
			String mediaType = in.readUTF();
			String id = readString(in);
			String issuer = readString(in);
			String method = readString(in);
			Instant created = readInstant(in);
			Instant validFrom = readInstant(in);
			Instant validUntil = readInstant(in);
			String canonical = new String(readBytes(in), StandardCharsets.UTF_8);
			byte[] original = readBytes(in);
			return new Decoded(new VerifiedCredential(id, required(issuer), required(method), created, validFrom,
					validUntil, canonical, original), mediaType, received);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read a journal entry: " + ex.getMessage(), ex);
		}
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("A journal entry lacks a required field");
		}
		return value;
	}

	private static void writeString(DataOutputStream out, @Nullable String value) throws IOException {
		writeBytes(out, (value != null) ? value.getBytes(StandardCharsets.UTF_8) : null);
	}

	private static @Nullable String readString(DataInputStream in) throws IOException {
		byte[] bytes = readBytes(in);
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	private static void writeInstant(DataOutputStream out, @Nullable Instant value) throws IOException {
		writeString(out, (value != null) ? value.toString() : null);
	}

	private static @Nullable Instant readInstant(DataInputStream in) throws IOException {
		String value = readString(in);
		return (value != null) ? Instant.parse(value) : null;
	}

	private static void writeBytes(DataOutputStream out, byte @Nullable [] bytes) throws IOException {
		out.writeInt((bytes != null) ? bytes.length : -1);
		if (bytes != null) {
			out.write(bytes);
		}
	}

	private static void skipBytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length > 0) {
			in.skipNBytes(length);
		}
	}

	private static byte @Nullable [] readBytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		return (length < 0) ? null : in.readNBytes(length);
	}

	/**
	 * A decoded entry.
	 *
	 * @param credential the credential as it was verified
	 * @param mediaType the media type it was submitted with
	 * @param received when the registry received it
	 */
	record Decoded(VerifiedCredential credential, String mediaType, Instant received) {
	}

	/**
	 * An entry's credential as a document.
	 *
	 * @param id the credential's id, if it has one
	 * @param canonical its canonical N-Quads, as verified
	 * @param original the bytes it was submitted as
	 */
	record Document(@Nullable String id, String canonical, byte[] original) {
	}

}
