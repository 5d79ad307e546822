package org.consentregistry.registry.bulkcheck;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.consentregistry.registry.system.RequestParameters;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /bulk-check}: one NDJSON item a line in, one answer a line out, in order,
 * streamed both ways, then a summary line; every answer names the checkpoint its rules
 * reflect. The same questions as {@code GET /decisions} (purpose, recipient, commercial),
 * decided now against the records of the latest checkpoint compiled (see
 * {@link CheckpointedRules}).
 */
@RestController
class BulkCheckController {

	static final String NDJSON = "application/x-ndjson";

	private static final Logger logger = LoggerFactory.getLogger(BulkCheckController.class);

	/** Lines per batch, bytes of lines per batch, and batches in flight per worker. */
	private static final int BATCH_LINES = 1024;

	private static final int BATCH_BYTES = 128 * 1024;

	private static final int IN_FLIGHT_PER_WORKER = 2;

	private final CheckpointedRules rules;

	private final BulkCheckProperties properties;

	private final Clock clock;

	private final Semaphore slots;

	private final BulkCheckWorkers workers;

	private final BulkCheck.Shape shape;

	BulkCheckController(CheckpointedRules rules, BulkCheckProperties properties, Clock clock,
			BulkCheckWorkers workers) {
		this.rules = rules;
		this.properties = properties;
		this.clock = clock;
		this.slots = new Semaphore(properties.maxConcurrent());
		this.workers = workers;
		this.shape = new BulkCheck.Shape(BATCH_LINES, BATCH_BYTES,
				Math.max(2, IN_FLIGHT_PER_WORKER * properties.workerThreads()));
	}

	@PostMapping(path = "/bulk-check", consumes = { NDJSON, "application/jsonl" })
	void check(@RequestParam String purpose, @RequestParam(required = false) @Nullable String recipient,
			@RequestParam(required = false) @Nullable String commercial, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Purpose use = RequestParameters.purpose("purpose", purpose);
		BulkCheck.Question question = new BulkCheck.Question(use, recipient,
				RequestParameters.flag("commercial", commercial), this.clock.instant(),
				(int) Math.min(Integer.MAX_VALUE - 16, this.properties.maxLineLength().toBytes()));
		if (!this.slots.tryAcquire()) {
			ProblemException busy = new ProblemException(Problem.BULK_CHECK_BUSY,
					"Expected a free bulk-check slot but all " + this.properties.maxConcurrent()
							+ " are in use; retry shortly")
				.with("maxConcurrent", this.properties.maxConcurrent());
			busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
			throw busy;
		}
		try {
			CheckpointRules compiled = this.rules.current();
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(NDJSON);
			long deadline = System.nanoTime() + this.properties.maxDuration().toNanos();
			new BulkCheck(request.getInputStream(), deadline, response.getOutputStream(), compiled, question,
					this.workers.executor(), this.shape)
				.run();
		}
		catch (IOException ex) {
			logger.debug("Bulk check ended early, the answer could not be written: {}", ex.getMessage());
		}
		finally {
			this.slots.release();
		}
	}

}
