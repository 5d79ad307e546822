package org.consentregistry.registry.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReadAdmissionTests {

	@ParameterizedTest
	@CsvSource({ "/search, true", "/search/suggest, true", "/works/5d0f0b6e-9e6a-4d1e-9a57-0c6f7d1b2f01, true",
			"/records/0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01, true", "/creators/did:key:z6Mk, true", "/works/, false",
			"/search/status, false", "/records, false", "/, false", "/snapshots/latest, false" })
	void admitsInTurnOnlySearchesAndPages(String path, boolean admitted) {
		assertThat(ReadAdmission.admitted(path)).isEqualTo(admitted);
	}

	@Test
	void runsAtMostTheAllowedNumberOfReadsAtOnce() throws Exception {
		ReadAdmission admission = new ReadAdmission(new ReadsProperties(2, Duration.ofMinutes(1)));
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		FilterChain chain = (request, response) -> {
			most.accumulateAndGet(running.incrementAndGet(), Math::max);
			hold(release);
			running.decrementAndGet();
		};
		ExecutorService threads = Executors.newFixedThreadPool(5);
		try {
			List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				answers.add(threads.submit(() -> read(admission, "GET", "/search", chain)));
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> admission.waiting() == 3 && running.get() == 2);
			release.countDown();
			for (Future<MockHttpServletResponse> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(most).hasValue(2);
	}

	@Test
	void answersServiceUnavailableWithRetryAfterWhenTheTurnDoesNotComeInTime() throws Exception {
		ReadAdmission admission = new ReadAdmission(new ReadsProperties(1, Duration.ZERO));
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<MockHttpServletResponse> first = thread.submit(() -> read(admission, "GET", "/works/x", (q, r) -> {
				entered.countDown();
				hold(release);
			}));
			assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
			MockHttpServletResponse refused = read(admission, "GET", "/search", new MockFilterChain());
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
			assertThat(refused.getContentType()).startsWith("application/problem+json");
			assertThat(refused.getContentAsString()).contains("\"type\":\"" + Problem.READS_BUSY.type() + "\"")
				.contains("\"status\":503");
			MockHttpServletResponse write = read(admission, "POST", "/search", new MockFilterChain());
			assertThat(write.getStatus()).isEqualTo(200);
			release.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		finally {
			thread.shutdownNow();
		}
		assertThat(read(admission, "GET", "/search", new MockFilterChain()).getStatus()).isEqualTo(200);
	}

	@Test
	void zeroAllowsTwiceTheProcessors() {
		assertThat(new ReadsProperties(0, Duration.ofSeconds(10)).effectiveMaxConcurrent())
			.isEqualTo(2 * Runtime.getRuntime().availableProcessors());
	}

	private static MockHttpServletResponse read(ReadAdmission admission, String method, String path, FilterChain chain)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		admission.doFilter(request, response, chain);
		return response;
	}

	private static void hold(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
