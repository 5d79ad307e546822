package org.consentregistry.registry.log;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Signs a checkpoint right after start and then at a steady interval whenever the log
 * grew. Starts after every other component, so that the store is complete first.
 */
final class CheckpointCadence implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(CheckpointCadence.class);

	private final Checkpoints checkpoints;

	private final Duration interval;

	private @Nullable ScheduledExecutorService executor;

	CheckpointCadence(Checkpoints checkpoints, Duration interval) {
		this.checkpoints = checkpoints;
		this.interval = interval;
	}

	@Override
	public synchronized void start() {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "log-checkpoints");
			thread.setDaemon(true);
			return thread;
		});
		scheduler.scheduleWithFixedDelay(this::tick, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
		this.executor = scheduler;
	}

	void tick() {
		if (this.checkpoints.halted().isPresent()) {
			return;
		}
		try {
			this.checkpoints.signIfChanged()
				.ifPresent((signed) -> logger.debug("Signed checkpoint of size {}", signed.size()));
		}
		catch (CheckpointException | RuntimeException ex) {
			logger.error("Could not sign a checkpoint: {}", ex.getMessage(), ex);
		}
	}

	@Override
	public synchronized void stop() {
		ScheduledExecutorService scheduler = this.executor;
		if (scheduler != null) {
			scheduler.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

}
