package org.consentregistry.registry.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.consentregistry.blocker.tlog.Receipt;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialVerifier;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The submission pipeline: bounded JSON, proof verification, triple limit, SHACL shapes,
 * update rules, then one atomic write. Each refusal is a documented problem.
 */
@Service
public class ConsentSubmissions {

	private static final Logger logger = LoggerFactory.getLogger(ConsentSubmissions.class);

	private final CredentialVerifier verifier;

	private final CredentialShapes shapes;

	private final ConsentRecords records;

	private final RecordIris iris;

	private final LimitsProperties limits;

	private final ApplicationEventPublisher events;

	private final LogFeed log;

	ConsentSubmissions(CredentialVerifier verifier, CredentialShapes shapes, ConsentRecords records, RecordIris iris,
			LimitsProperties limits, ApplicationEventPublisher events, LogFeed log) {
		this.log = log;
		this.verifier = verifier;
		this.shapes = shapes;
		this.records = records;
		this.iris = iris;
		this.limits = limits;
		this.events = events;
	}

	/**
	 * Submits a credential.
	 * @param body the submitted bytes (already bounded in size)
	 * @param mediaType the media type it was submitted with
	 * @return the record and whether it was created now
	 * @throws CredentialException if the credential is refused by verification
	 * @throws ProblemException if it is refused by a later step
	 */
	public Submission submit(byte[] body, String mediaType) throws CredentialException {
		JsonNesting.check(body, this.limits.maxJsonDepth());
		VerifiedCredential credential = this.verifier.verify(body);
		NewRecord added = NewRecord.of(credential, mediaType, this.iris, this.limits.maxTriples());
		List<CredentialShapes.Violation> warnings = this.shapes.validate(added.graph().graph());
		ConsentRecords.Recorded recorded = this.records.record(added);
		if (recorded.created()) {
			logger.info("Recorded {} ({}) of {} for {}", recorded.entry().record(), recorded.entry().kind(),
					recorded.entry().issuer(), recorded.entry().work());
			this.events
				.publishEvent(new ConsentRecorded(recorded.entry(), recorded.engineVersions(), added.graph().graph()));
		}
		return new Submission(recorded.entry(), recorded.created(), warnings,
				this.log.receipt(recorded.entry(), this.records).orElse(null));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * The outcome of a submission.
	 *
	 * @param entry the record
	 * @param created {@code true} if recorded now, {@code false} if it had been before
	 * @param warnings SHACL results of severity warning: accepted, but worth the
	 * creator's attention (e.g. a permission that a refusal always overrides)
	 * @param receipt the record's log entry and its inclusion proof to a signed
	 * checkpoint
	 */
	public record Submission(RecordEntry entry, boolean created, List<CredentialShapes.Violation> warnings,
			@Nullable Receipt receipt) {
	}

}
