package org.consentregistry.registry.control;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.consentregistry.registry.system.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GuardedHttpTests {

	final TestWebServer server = newServer();

	final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor();

	final GuardedHttp http = new GuardedHttp(TestSettings.loopback(null, ""), this.deadlines);

	@AfterEach
	void stop() {
		this.server.close();
		this.deadlines.shutdownNow();
	}

	@Test
	void followsUpToThreeRedirectsCheckingEachHop() throws Exception {
		this.server.redirect("/r1", "/r2")
			.redirect("/r2", this.server.url("/r3"))
			.redirect("/r3", "/ok")
			.serve("/ok", "fine");
		GuardedHttp.Fetched fetched = this.http.get(URI.create(this.server.url("/r1")), (next) -> true);
		assertThat(fetched.body()).asString().isEqualTo("fine");
		assertThat(fetched.uri()).hasPath("/ok");
	}

	@Test
	void refusesAFourthRedirect() {
		this.server.redirect("/r1", "/r2")
			.redirect("/r2", "/r3")
			.redirect("/r3", "/r4")
			.redirect("/r4", "/ok")
			.serve("/ok", "x");
		expect(Problem.TOO_MANY_REDIRECTS, () -> this.http.get(URI.create(this.server.url("/r1")), (next) -> true));
	}

	@Test
	void refusesARedirectTheCallerDoesNotAllow() {
		this.server.redirect("/page/", "/elsewhere/");
		expect(Problem.REFUSED_REDIRECT, () -> this.http.get(URI.create(this.server.url("/page/")),
				(next) -> next.getPath().startsWith("/page/")));
	}

	@Test
	void refusesARedirectToTheCloudMetadataAddress() {
		this.server.redirect("/r1", "http://169.254.169.254/latest/meta-data/");
		expect(Problem.FORBIDDEN_ADDRESS, () -> this.http.get(URI.create(this.server.url("/r1")), (next) -> true));
	}

	@Test
	void stopsReadingAnOversizeBodyAtTheCap() throws Exception {
		GuardedHttp.Fetched fetched = this.http.get(URI.create(this.server.url(TestWebServer.ENDLESS)), (next) -> true);
		assertThat(fetched.truncated()).isTrue();
		assertThat(fetched.body()).hasSize(4096);
	}

	@Test
	void givesUpOnASlowServerAtTheTimeLimit() {
		GuardedHttp impatient = new GuardedHttp(
				TestSettings.withTimeout(TestSettings.loopback(null, ""), Duration.ofSeconds(1)), this.deadlines);
		expect(Problem.CHECK_TIMEOUT,
				() -> impatient.get(URI.create(this.server.url(TestWebServer.SLOW)), (next) -> true));
	}

	@Test
	void refusesLoopbackByDefault() {
		this.server.serve("/ok", "fine");
		GuardedHttp strict = new GuardedHttp(TestSettings.settings(false, null, ""), this.deadlines);
		expect(Problem.FORBIDDEN_ADDRESS, () -> strict.get(URI.create(this.server.url("/ok")), (next) -> true));
		expect(Problem.FORBIDDEN_ADDRESS,
				() -> strict.get(URI.create("http://127.0.0.1:" + this.server.port() + "/ok"), (next) -> true));
		expect(Problem.FORBIDDEN_ADDRESS,
				() -> strict.get(URI.create("http://[::1]:" + this.server.port() + "/ok"), (next) -> true));
	}

	@Test
	void answersNotFoundAsUnexpectedStatus() {
		expect(Problem.UNEXPECTED_STATUS, () -> this.http.get(URI.create(this.server.url("/missing")), (next) -> true));
	}

	static void expect(Problem problem, ThrowingFetch fetch) {
		assertThatExceptionOfType(ControlCheckException.class).isThrownBy(fetch::run)
			.satisfies((ex) -> assertThat(ex.problem()).as(ex.getMessage()).isEqualTo(problem));
	}

	interface ThrowingFetch {

		void run() throws Exception;

	}

	private static TestWebServer newServer() {
		try {
			return new TestWebServer();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
