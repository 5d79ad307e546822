package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority and a server certificate it signed for
 * {@code 127.0.0.1} and {@code localhost}, written as PEM files: what an operator gives a
 * cluster's HTTP layer, made fresh for each test run (EC P-256, valid for a day).
 *
 * @param authority the CA certificate, what
 * {@code registry.search.elasticsearch.ca-certificate} names
 * @param certificate the server certificate
 * @param key the server's private key (PKCS#8, unencrypted)
 */
record TestCertificates(Path authority, Path certificate, Path key) {

	private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

	/**
	 * Creates a new CA and a server certificate under {@code directory}.
	 * @param directory where the three files go (created if missing)
	 * @param name distinguishes this CA from others in messages
	 * @return the files
	 */
	static TestCertificates create(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			KeyPair caKeys = keyPair();
			X500Name caName = new X500Name("CN=" + name + " test CA");
			X509CertificateHolder ca = sign(caName, caName, caKeys.getPublic(), caKeys.getPrivate(), true);
			KeyPair nodeKeys = keyPair();
			X509CertificateHolder node = sign(caName, new X500Name("CN=localhost"), nodeKeys.getPublic(),
					caKeys.getPrivate(), false);
			TestCertificates files = new TestCertificates(directory.resolve("ca.crt"), directory.resolve("node.crt"),
					directory.resolve("node.key"));
			write(files.authority(), ca);
			write(files.certificate(), node);
			write(files.key(), new JcaPKCS8Generator(nodeKeys.getPrivate(), null).generate());
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Could not make test certificates", ex);
		}
	}

	private static KeyPair keyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	private static X509CertificateHolder sign(X500Name issuer, X500Name subject, PublicKey key, PrivateKey issuerKey,
			boolean authority) throws IOException, OperatorCreationException {
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
				BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(now.minus(Duration.ofHours(1))),
				Date.from(now.plus(Duration.ofDays(1))), subject, key);
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
		if (authority) {
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		}
		else {
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
			builder.addExtension(Extension.extendedKeyUsage, false,
					new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
			builder.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
							new GeneralName(GeneralName.dNSName, "localhost") }));
		}
		return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey));
	}

	private static void write(Path file, Object pem) throws IOException {
		try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter writer = new JcaPEMWriter(out)) {
			writer.writeObject(pem);
		}
	}

}
