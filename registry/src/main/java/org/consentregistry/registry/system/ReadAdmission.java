package org.consentregistry.registry.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@link ReadsProperties#maxConcurrent()} searches and public pages run at
 * once, first come first served; the others wait parked until one ends. Those reads use
 * the processor throughout, so with more of them running than there are cores each is
 * time-sliced against all the others: every read then takes as long as the slowest share,
 * and a costly one many times its own time. Admitted in turn, a read runs nearly alone
 * and the wait is spread evenly over all of them. A read that waits longer than
 * {@link ReadsProperties#maxWait()} is answered {@code 503 reads-busy} (problem+json)
 * with {@code Retry-After}. On by default with twice the processors; off when
 * {@code registry.reads.max-concurrent} is negative. On 2 cores, 16 clients and 100,000
 * works it cut the work page's p90 from 42 to 18 ms and its p99 from 88 to 47 ms
 * (docs/benchmarks.md).
 */
class ReadAdmission extends OncePerRequestFilter {

	/**
	 * Paths of reads (their GETs) admitted in turn, besides what lies under
	 * {@link #PAGES}.
	 */
	private static final Set<String> READS = Set.of("/search", "/search/suggest");

	/** Prefixes of the public pages of one work, record or creator. */
	private static final List<String> PAGES = List.of("/works/", "/records/", "/creators/");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Semaphore permits;

	private final ReadsProperties properties;

	ReadAdmission(ReadsProperties properties) {
		this.properties = properties;
		this.permits = new Semaphore(properties.effectiveMaxConcurrent(), true);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !admitted(request.getRequestURI());
	}

	/** Whether a GET of {@code path} is a read this filter admits in turn. */
	static boolean admitted(String path) {
		return READS.contains(path)
				|| PAGES.stream().anyMatch((prefix) -> path.startsWith(prefix) && path.length() > prefix.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.permits.tryAcquire(this.properties.maxWait().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			busy(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.permits.release();
		}
	}

	/** Answers {@code 503 reads-busy} as problem+json, with {@code Retry-After}. */
	private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Problem problem = Problem.READS_BUSY;
		response.setStatus(problem.status().value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(JSON.writeValueAsString(Map.of("type", problem.type().toString(), "title", problem.title(), "status",
					problem.status().value(), "detail",
					"Expected a turn among " + this.properties.effectiveMaxConcurrent()
							+ " concurrent searches and pages within " + this.properties.maxWait().toMillis()
							+ " ms but none came; retry after 1 s",
					"instance", request.getRequestURI())));
	}

	/** How many reads may run at once. */
	int limit() {
		return this.properties.effectiveMaxConcurrent();
	}

	/** How many reads are waiting for their turn. */
	int waiting() {
		return this.permits.getQueueLength();
	}

}
