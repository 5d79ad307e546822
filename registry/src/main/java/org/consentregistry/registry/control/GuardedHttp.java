package org.consentregistry.registry.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP client of control checks: GET only, https only (http when configured), every
 * host resolved once and refused if any address is not public ({@link AddressPolicy}),
 * connect and overall time limits, at most a few redirects followed by hand (each hop
 * checked again, and only where the caller allows), and a body read up to a size cap and
 * then abandoned. No cookies, no authentication, no compression, no retries, no proxies.
 */
final class GuardedHttp {

	private final ControlProperties settings;

	private final AddressPolicy policy;

	private final ScheduledExecutorService deadlines;

	GuardedHttp(ControlProperties settings, ScheduledExecutorService deadlines) {
		this.settings = settings;
		this.policy = new AddressPolicy(settings.allowLoopback());
		this.deadlines = deadlines;
	}

	/**
	 * A response body of a GET.
	 *
	 * @param uri the URI that answered, after redirects
	 * @param body the body, at most the size cap
	 * @param truncated whether the body was longer than the cap
	 */
	record Fetched(URI uri, byte[] body, boolean truncated) {
	}

	/**
	 * GETs {@code start}, following redirects to URIs {@code mayRedirectTo} accepts.
	 * @throws ControlCheckException if the target is forbidden or unreachable, too slow,
	 * redirects too often or elsewhere, or does not answer 200
	 */
	Fetched get(URI start, Predicate<URI> mayRedirectTo) throws ControlCheckException {
		long deadline = System.nanoTime() + this.settings.timeout().toNanos();
		try (CloseableHttpClient client = CheckTargets.client(this.settings, this.policy)) {
			URI uri = start;
			for (int redirects = 0;; redirects++) {
				CheckTargets.check(uri, this.settings, this.policy);
				Hop hop = fetchOnce(client, new HttpGet(uri), deadline);
				if (hop.redirect() == null) {
					return new Fetched(uri, hop.body(), hop.truncated());
				}
				URI next = uri.resolve(hop.redirect());
				if (redirects >= this.settings.maxRedirects()) {
					throw new ControlCheckException(Problem.TOO_MANY_REDIRECTS,
							"Expected at most " + this.settings.maxRedirects() + " redirects from " + start + " but "
									+ uri + " redirects again");
				}
				if (!mayRedirectTo.test(next)) {
					throw new ControlCheckException(Problem.REFUSED_REDIRECT, "Expected " + uri
							+ " to answer or redirect within the claimed identifier but it redirects to " + next);
				}
				uri = next;
			}
		}
		catch (IOException ex) {
			throw new ControlCheckException(Problem.UNREACHABLE_TARGET, "Cannot close the client: " + ex.getMessage(),
					ex);
		}
	}

	/** GETs once: the redirect target if it redirects, else the body. */
	private Hop fetchOnce(CloseableHttpClient client, HttpGet get, long deadline) throws ControlCheckException {
		long remaining = deadline - System.nanoTime();
		if (remaining <= 0) {
			throw timeout(get.getRequestUri());
		}
		ScheduledFuture<?> cancel = this.deadlines.schedule(get::cancel, remaining, TimeUnit.NANOSECONDS);
		ClassicHttpResponse response = null;
		try {
			response = client.executeOpen(null, get, null);
			int status = response.getCode();
			if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
				Header location = response.getFirstHeader("Location");
				if (location == null) {
					throw new ControlCheckException(Problem.UNEXPECTED_STATUS,
							"Expected a Location with status " + status + " from " + safeUri(get));
				}
				return new Hop(parseLocation(get, location.getValue()), new byte[0], false);
			}
			if (status != 200) {
				throw new ControlCheckException(Problem.UNEXPECTED_STATUS,
						"Expected status 200 from " + safeUri(get) + " but got " + status);
			}
			return readBody(get, response.getEntity());
		}
		catch (IOException ex) {
			throw failure(get, ex, deadline);
		}
		finally {
			cancel.cancel(false);
			get.cancel();
			closeQuietly(response);
		}
	}

	/** Closes an aborted exchange; the connection is gone, so closing may complain. */
	private static void closeQuietly(@Nullable ClassicHttpResponse response) {
		if (response != null) {
			try {
				response.close();
			}
			catch (IOException ex) {
				// aborted on purpose: nothing to release
			}
		}
	}

	/**
	 * Reads at most the cap and one byte more, then aborts the exchange: closing the
	 * stream first would make the client drain the rest of the body.
	 */
	private Hop readBody(HttpGet get, @Nullable HttpEntity entity) throws IOException {
		int cap = (int) Math.min(Integer.MAX_VALUE - 8, this.settings.maxBodySize().toBytes());
		byte[] body = new byte[0];
		if (entity != null) {
			InputStream in = entity.getContent();
			body = in.readNBytes(cap + 1);
			get.cancel();
		}
		boolean truncated = body.length > cap;
		return new Hop(null, truncated ? Arrays.copyOf(body, cap) : body, truncated);
	}

	private static URI parseLocation(HttpGet get, String location) throws ControlCheckException {
		try {
			return new URI(location);
		}
		catch (java.net.URISyntaxException ex) {
			throw new ControlCheckException(Problem.UNEXPECTED_STATUS,
					"Expected a URI in the Location from " + safeUri(get) + " but got '" + location + "'");
		}
	}

	private ControlCheckException failure(HttpGet get, IOException ex, long deadline) {
		if (ex instanceof CheckedResolver.ForbiddenAddress forbidden) {
			return forbidden.refusal();
		}
		if (System.nanoTime() - deadline >= 0 || ex instanceof InterruptedIOException) {
			return timeout(safeUri(get));
		}
		String what = (ex instanceof UnknownHostException) ? "cannot resolve its host"
				: (ex instanceof SSLException) ? "TLS failed" : "cannot connect";
		return new ControlCheckException(Problem.UNREACHABLE_TARGET,
				"Expected an answer from " + safeUri(get) + " but " + what + " (" + ex.getMessage() + ")", ex);
	}

	private ControlCheckException timeout(Object uri) {
		return new ControlCheckException(Problem.CHECK_TIMEOUT,
				"Expected an answer from " + uri + " within " + this.settings.timeout() + " but it took longer");
	}

	private static Object safeUri(HttpGet get) {
		try {
			return get.getUri();
		}
		catch (java.net.URISyntaxException ex) {
			return get.getRequestUri();
		}
	}

	/** One exchange: a redirect target, or the (capped) body of a 200. */
	private record Hop(@Nullable URI redirect, byte[] body, boolean truncated) {
	}

}
