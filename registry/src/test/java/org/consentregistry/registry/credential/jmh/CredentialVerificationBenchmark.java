package org.consentregistry.registry.credential.jmh;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialVerifier;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.credential.VerifiedCredential;

/**
 * Throughput of {@link CredentialVerifier#verify}: parse, structure checks, offline
 * JSON-LD expansion and to RDF, RDFC-1.0 of document and proof configuration, SHA-256,
 * Ed25519. Run as described in {@code docs/benchmarks.md} ("Credential verification").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CredentialVerificationBenchmark {

	private CredentialVerifier verifier;

	private byte[] consentCredential;

	private byte[] minimalCredential;

	@Setup
	public void setUp() throws CredentialException {
		this.verifier = new CredentialVerifier(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
		this.consentCredential = TestCredentials.sign(TestCredentials.consentUnsigned(
				"urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01", "urn:uuid:5d0f2b1c-7c1e-4f7e-9a3b-2f6d8e9a0b1c"));
		this.minimalCredential = TestCredentials
			.sign(TestCredentials.exampleUnsigned("urn:uuid:0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f02"));
		// fail fast if a fixture does not verify
		this.verifier.verify(this.consentCredential);
		this.verifier.verify(this.minimalCredential);
	}

	/**
	 * The shared data model's consent credential: 2 contexts, ODRL terms, blank nodes.
	 */
	@Benchmark
	public VerifiedCredential verifyConsentCredential() throws CredentialException {
		return this.verifier.verify(this.consentCredential);
	}

	/** A minimal credential with the W3C example context. */
	@Benchmark
	public VerifiedCredential verifyMinimalCredential() throws CredentialException {
		return this.verifier.verify(this.minimalCredential);
	}

}
