package org.consentregistry.registry.bulkcheck;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The worker threads that answer bulk-check batches, shared by all bulk checks (a request
 * has only a few batches in flight, so concurrent checks take turns).
 */
@Component
class BulkCheckWorkers implements DisposableBean {

	private final ExecutorService executor;

	BulkCheckWorkers(BulkCheckProperties properties) {
		AtomicInteger number = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(properties.workerThreads(), (task) -> {
			Thread thread = new Thread(task, "bulk-check-worker-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	ExecutorService executor() {
		return this.executor;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
