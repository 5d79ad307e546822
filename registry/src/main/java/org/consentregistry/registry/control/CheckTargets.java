package org.consentregistry.registry.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.consentregistry.registry.system.Problem;

/**
 * What the guarded client may reach: the client it uses, and the check of each target URI
 * before a request.
 */
final class CheckTargets {

	static final String USER_AGENT = "ConsentRegistry-ControlCheck/1 (+https://w3id.org/consent-registry)";

	private CheckTargets() {
	}

	/**
	 * Refuses a URI of a scheme not allowed, without a host, or with a forbidden IP
	 * literal.
	 */
	static void check(URI uri, ControlProperties settings, AddressPolicy policy) throws ControlCheckException {
		String scheme = uri.getScheme();
		if (!"https".equals(scheme) && !("http".equals(scheme) && settings.allowHttp())) {
			throw new ControlCheckException(Problem.REFUSED_REDIRECT,
					"Expected an " + settings.scheme() + " URL but got " + uri);
		}
		String host = uri.getHost();
		if (host == null) {
			throw new ControlCheckException(Problem.UNREACHABLE_TARGET, "Expected a host in " + uri);
		}
		if (host.startsWith("[") || Character.digit(host.charAt(host.length() - 1), 10) >= 0) {
			try {
				for (InetAddress address : InetAddress.getAllByName(host)) {
					policy.check(host, address);
				}
			}
			catch (UnknownHostException ex) {
				throw new ControlCheckException(Problem.UNREACHABLE_TARGET, "Cannot resolve " + host, ex);
			}
		}
	}

	/**
	 * A client that connects only to addresses the policy allows (resolved once, by
	 * {@link CheckedResolver}), with the connect and read limits, and without redirects,
	 * retries, cookies, authentication or compression.
	 */
	static CloseableHttpClient client(ControlProperties settings, AddressPolicy policy) {
		Timeout connect = Timeout.of(settings.connectTimeout());
		Timeout read = Timeout.of(settings.timeout());
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(new CheckedResolver(policy))
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setConnectTimeout(connect).setSocketTimeout(read).build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.setUserAgent(USER_AGENT)
			.build();
	}

}
