package org.consentregistry.blocker.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.consentregistry.blocker.json.Json;

/**
 * The co-op's Ed25519 key that signs filter receipts, read from a key file as the
 * registry's {@code keygen} writes it: a W3C Multikey JSON object whose
 * {@code secretKeyMultibase} is {@code z} + base58btc(0x80 0x26 + 32-byte seed). Its
 * identity is the {@code did:key} of the public key.
 */
final class CoopKey {

	private static final byte[] SECRET_PREFIX = { (byte) 0x80, 0x26 };

	private static final byte[] PUBLIC_PREFIX = { (byte) 0xed, 0x01 };

	private final Ed25519PrivateKeyParameters key;

	private CoopKey(byte[] seed) {
		this.key = new Ed25519PrivateKeyParameters(seed, 0);
	}

	static CoopKey read(Path file) throws CliException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new CliException(CrawlerBlockerCli.IO, "no key file " + file, ex);
		}
		catch (IOException ex) {
			throw new CliException(CrawlerBlockerCli.IO, "cannot read " + file + ": " + ex.getMessage(), ex);
		}
		try {
			if (!(Json.parse(text) instanceof Map<?, ?> object)
					|| !(object.get("secretKeyMultibase") instanceof String secret)) {
				throw new IllegalArgumentException("expected a Multikey JSON object with secretKeyMultibase");
			}
			return of(secret);
		}
		catch (IllegalArgumentException ex) {
			throw new CliException(CrawlerBlockerCli.USAGE, file + " is not a usable key file: " + ex.getMessage(), ex);
		}
	}

	static CoopKey of(String secretKeyMultibase) {
		if (!secretKeyMultibase.startsWith("z")) {
			throw new IllegalArgumentException("expected secretKeyMultibase to start with 'z' (base58btc)");
		}
		byte[] bytes = Base58.decode(secretKeyMultibase.substring(1));
		if (bytes.length != 34 || bytes[0] != SECRET_PREFIX[0] || bytes[1] != SECRET_PREFIX[1]) {
			throw new IllegalArgumentException(
					"expected the multicodec ed25519-priv (0x8026) and a 32-byte seed, got " + bytes.length + " bytes");
		}
		return new CoopKey(Arrays.copyOfRange(bytes, 2, 34));
	}

	/** The {@code did:key} of the public key. */
	String did() {
		byte[] bytes = new byte[34];
		System.arraycopy(PUBLIC_PREFIX, 0, bytes, 0, 2);
		System.arraycopy(this.key.generatePublicKey().getEncoded(), 0, bytes, 2, 32);
		return "did:key:z" + Base58.encode(bytes);
	}

	byte[] publicKey() {
		return this.key.generatePublicKey().getEncoded();
	}

	byte[] sign(byte[] message) {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, this.key);
		signer.update(message, 0, message.length);
		return signer.generateSignature();
	}

}
