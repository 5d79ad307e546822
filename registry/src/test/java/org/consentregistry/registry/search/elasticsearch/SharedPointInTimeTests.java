package org.consentregistry.registry.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The point in time first pages share: one per second at most, a new one after a change
 * or once it is gone, one opener at a time.
 */
class SharedPointInTimeTests {

	private final AtomicLong nanos = new AtomicLong(1_000);

	private final AtomicInteger opened = new AtomicInteger();

	private final SharedPointInTime shared = new SharedPointInTime(() -> "pit-" + this.opened.incrementAndGet(),
			Duration.ofSeconds(1), this.nanos::get);

	@Test
	void servesOnePointInTimeUntilItIsASecondOld() throws IOException {
		assertThat(this.shared.id()).isEqualTo("pit-1");
		this.nanos.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(this.shared.id()).isEqualTo("pit-1");
		this.nanos.addAndGet(Duration.ofMillis(1).toNanos());
		assertThat(this.shared.id()).isEqualTo("pit-2");
		assertThat(this.shared.id()).isEqualTo("pit-2");
	}

	@Test
	void opensANewOneAfterEveryChange() throws IOException {
		assertThat(this.shared.id()).isEqualTo("pit-1");
		this.shared.changed();
		assertThat(this.shared.id()).isEqualTo("pit-2");
		this.shared.changed();
		this.shared.changed();
		assertThat(this.shared.id()).isEqualTo("pit-3");
		assertThat(this.shared.id()).isEqualTo("pit-3");
	}

	@Test
	void aChangeWhileOpeningMakesTheNextSearchOpenAgain() throws IOException {
		AtomicReference<SharedPointInTime> racing = new AtomicReference<>();
		AtomicInteger count = new AtomicInteger();
		racing.set(new SharedPointInTime(() -> {
			if (count.incrementAndGet() == 1) {
				// a write lands after the first page asked for the id, before the node
				// answered
				racing.get().changed();
			}
			return "pit-" + count.get();
		}, Duration.ofSeconds(1), this.nanos::get));
		assertThat(racing.get().id()).isEqualTo("pit-1");
		assertThat(racing.get().id()).isEqualTo("pit-2");
		assertThat(racing.get().id()).isEqualTo("pit-2");
	}

	@Test
	void replacesOneThatIsGoneButNotAnother() throws IOException {
		assertThat(this.shared.id()).isEqualTo("pit-1");
		this.shared.expired("pit-0");
		assertThat(this.shared.id()).isEqualTo("pit-1");
		this.shared.expired("pit-1");
		assertThat(this.shared.id()).isEqualTo("pit-2");
	}

	@Test
	void concurrentFirstPagesOpenOnlyOne() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> ids = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				ids.add(threads.submit(() -> {
					start.await();
					return this.shared.id();
				}));
			}
			start.countDown();
			for (Future<String> id : ids) {
				assertThat(id.get(10, TimeUnit.SECONDS)).isEqualTo("pit-1");
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.opened).hasValue(1);
	}

}
