package org.consentregistry.blocker.snapshot;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

import org.consentregistry.blocker.snapshot.SnapshotVerificationException.Reason;
import org.consentregistry.blocker.tlog.NoteException;
import org.consentregistry.blocker.tlog.NoteSigner;
import org.consentregistry.blocker.tlog.NoteVerifier;
import org.consentregistry.blocker.tlog.SignedNote;

/**
 * {@code manifest.sig}: a signed note (C2SP signed-note format, Ed25519, the registry's
 * log key) whose text is {@code consent-registry snapshot manifest v1}, then
 * {@code sha256 <hex of the manifest.json bytes>}, one a line. Signing the hash of the
 * exact bytes means no JSON canonicalisation is needed.
 */
final class ManifestSignature {

	private static final String HEADER = "consent-registry snapshot manifest v1\n";

	private ManifestSignature() {
	}

	static String sign(byte[] manifest, NoteSigner signer) {
		try {
			return signer.sign(text(manifest)).encode();
		}
		catch (NoteException ex) {
			throw new IllegalStateException("expected a signable note text, got: " + ex.getMessage(), ex);
		}
	}

	static void verify(byte[] manifest, String signature, Collection<NoteVerifier> keys)
			throws SnapshotVerificationException {
		SignedNote note;
		try {
			note = SignedNote.parse(signature);
		}
		catch (NoteException ex) {
			throw new SnapshotVerificationException(Reason.SIGNATURE,
					"manifest.sig is not a signed note: " + ex.getMessage(), ex);
		}
		if (!note.text().equals(text(manifest))) {
			throw new SnapshotVerificationException(Reason.SIGNATURE,
					"manifest.sig signs another manifest: expected the SHA-256 " + sha256(manifest)
							+ " of manifest.json, got a note for '" + note.text().strip().replace('\n', ' ') + "'");
		}
		try {
			note.verify(keys);
		}
		catch (NoteException ex) {
			throw new SnapshotVerificationException(Reason.SIGNATURE,
					"manifest.sig is not signed by a trusted registry key: " + ex.getMessage(), ex);
		}
	}

	private static String text(byte[] manifest) {
		return HEADER + "sha256 " + sha256(manifest) + "\n";
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
