package org.consentregistry.registry.control;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host once and refuses it if any of its addresses is forbidden by the
 * {@link AddressPolicy}. The HTTP client connects only to the addresses returned here, so
 * a DNS answer that changes between check and connection (DNS rebinding) cannot lead it
 * elsewhere.
 */
final class CheckedResolver implements DnsResolver {

	private final AddressPolicy policy;

	CheckedResolver(AddressPolicy policy) {
		this.policy = policy;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = InetAddress.getAllByName(host);
		for (InetAddress address : addresses) {
			try {
				this.policy.check(host, address);
			}
			catch (ControlCheckException ex) {
				throw new ForbiddenAddress(ex);
			}
		}
		return addresses;
	}

	@Override
	public String resolveCanonicalHostname(String host) {
		return host;
	}

	/**
	 * A host refused because of one of its addresses; an {@link UnknownHostException} so
	 * that it passes through the HTTP client.
	 */
	static final class ForbiddenAddress extends UnknownHostException {

		private static final long serialVersionUID = 1L;

		private final transient ControlCheckException refusal;

		ForbiddenAddress(ControlCheckException refusal) {
			super(refusal.getMessage());
			this.refusal = refusal;
		}

		ControlCheckException refusal() {
			return this.refusal;
		}

	}

}
