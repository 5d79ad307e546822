package org.consentregistry.registry.bulkcheck;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.consentregistry.blocker.engine.RuleCompiler;
import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.control.VerifiedControl;
import org.consentregistry.registry.log.CheckpointException;
import org.consentregistry.registry.log.Checkpoints;
import org.consentregistry.registry.log.SignedCheckpoint;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The compiled rules of the latest signed checkpoint: compiled when first asked for; once
 * a later checkpoint is signed, compiled again in the background while requests go on
 * with the rules they have. The rules hold exactly the records whose log index is below
 * the checkpoint's size, as they stood then, for every purpose (a compile for one purpose
 * would leave out records without a rule about it, and so answer
 * {@code no-matching-record} where {@code GET /decisions} says
 * {@code no-applicable-rule}); control of identifiers is asked of {@link VerifiedControl}
 * at decision time, as {@code GET /decisions} does.
 */
@Component
class CheckpointedRules implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(CheckpointedRules.class);

	private final EngineRecords records;

	private final LogPoints points;

	private final Checkpoints checkpoints;

	private final VerifiedControl control;

	private final boolean logEnabled;

	private volatile @Nullable CheckpointRules compiled;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "bulk-check-rules");
		thread.setDaemon(true);
		return thread;
	});

	CheckpointedRules(EngineRecords records, LogPoints points, Checkpoints checkpoints, VerifiedControl control,
			@Value("${registry.log.enabled:true}") boolean logEnabled) {
		this.records = records;
		this.points = points;
		this.checkpoints = checkpoints;
		this.control = control;
		this.logEnabled = logEnabled;
	}

	/**
	 * The rules compiled last, after starting to compile newer ones if a later checkpoint
	 * exists; compiled now if there are none yet.
	 * @throws ProblemException if the log has no checkpoint and cannot sign one
	 */
	CheckpointRules current() {
		SignedCheckpoint latest = latestCheckpoint();
		CheckpointRules current = this.compiled;
		if (current == null) {
			synchronized (this) {
				current = this.compiled;
				if (current == null) {
					current = compile(latest);
				}
			}
		}
		if (current.size() < latest.size()) {
			refreshInBackground();
		}
		return current;
	}

	private void refreshInBackground() {
		if (this.refreshing.compareAndSet(false, true)) {
			this.background.execute(() -> {
				try {
					synchronized (this) {
						compile(latestCheckpoint());
					}
				}
				catch (RuntimeException ex) {
					logger.error("Could not compile the bulk-check rules again: {}", ex.getMessage(), ex);
				}
				finally {
					this.refreshing.set(false);
				}
			});
		}
	}

	private CheckpointRules compile(SignedCheckpoint checkpoint) {
		CheckpointRules current = this.compiled;
		if (current != null && current.size() >= checkpoint.size()) {
			return current;
		}
		long start = System.nanoTime();
		RuleCompiler compiler = new RuleCompiler(null, this.control);
		int count = 0;
		for (ConsentRecord record : this.records.asOf(this.points.atSize(checkpoint.size()))) {
			compiler.add(record);
			count++;
		}
		CheckpointRules rules = new CheckpointRules(compiler.compile(), checkpoint);
		this.compiled = rules;
		logger.info("Bulk-check rules compiled from {} record versions of checkpoint {} in {} ms", count,
				checkpoint.size(), (System.nanoTime() - start) / 1_000_000);
		return rules;
	}

	private SignedCheckpoint latestCheckpoint() {
		if (!this.logEnabled) {
			throw new ProblemException(Problem.CHECKPOINT_UNAVAILABLE,
					"The transparency log is off (registry.log.enabled=false): bulk checks need its checkpoints");
		}
		return this.checkpoints.latest().orElseGet(() -> {
			try {
				return this.checkpoints.sign();
			}
			catch (CheckpointException ex) {
				throw new ProblemException(Problem.CHECKPOINT_UNAVAILABLE,
						"The log has no signed checkpoint to answer against: " + ex.getMessage(), ex);
			}
		});
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
