package org.consentregistry.registry.control;

import java.net.Inet4Address;
import java.net.InetAddress;

import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses a check may connect to: only globally routable unicast ones. Refused
 * are, for IPv4, 0/8, 10/8, 100.64/10, 127/8 (loopback), 169.254/16 (link-local),
 * 172.16/12, 192.0.0/24, 192.0.2/24, 192.168/16, 198.18/15, 198.51.100/24, 203.0.113/24,
 * 224/4 (multicast) and 240/4; for IPv6, ::, ::1, fc00::/7 (unique local), fe80::/10
 * (link-local), fec0::/10, ff00::/8 (multicast), 2001:db8::/32, 2001::/32 (Teredo),
 * 100::/64, and IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) and 6to4 (2002::/16)
 * addresses whose IPv4 address is refused. Loopback is allowed when configured (tests).
 */
final class AddressPolicy {

	private final boolean allowLoopback;

	AddressPolicy(boolean allowLoopback) {
		this.allowLoopback = allowLoopback;
	}

	/** Refuses {@code address} unless a check may connect to it. */
	void check(String host, InetAddress address) throws ControlCheckException {
		String refused = refusal(address);
		if (refused != null) {
			throw new ControlCheckException(Problem.FORBIDDEN_ADDRESS,
					"Expected " + host + " to resolve to a public address but it resolves to "
							+ address.getHostAddress() + " (" + refused + ")");
		}
	}

	/** Why {@code address} is refused, or {@code null} if it is allowed. */
	@Nullable String refusal(InetAddress address) {
		byte[] b = address.getAddress();
		String reason = (address instanceof Inet4Address) ? ipv4(b) : ipv6(b);
		if ("loopback".equals(reason) && this.allowLoopback) {
			return null;
		}
		return reason;
	}

	static @Nullable String ipv4(byte[] b) {
		int a0 = b[0] & 0xff;
		int a1 = b[1] & 0xff;
		int a2 = b[2] & 0xff;
		if (a0 == 127) {
			return "loopback";
		}
		if (a0 == 169 && a1 == 254) {
			return "link-local";
		}
		if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
			return "private";
		}
		if (a0 >= 224) {
			return (a0 < 240) ? "multicast" : "reserved";
		}
		if (a0 == 0 || (a0 == 100 && (a1 & 0xc0) == 64) || (a0 == 198 && (a1 & 0xfe) == 18)) {
			return "not globally routable";
		}
		if ((a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) || (a0 == 198 && a1 == 51 && a2 == 100)
				|| (a0 == 203 && a1 == 0 && a2 == 113)) {
			return "reserved";
		}
		return null;
	}

	static @Nullable String ipv6(byte[] b) {
		int first = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
		if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
			return embedded(b, 12);
		}
		if (isZero(b, 0, 12)) {
			if (isZero(b, 12, 15)) {
				return ((b[15] & 0xff) == 1) ? "loopback" : "unspecified";
			}
			return embedded(b, 12);
		}
		if (first == 0x0064 && ((b[2] & 0xff) << 8 | (b[3] & 0xff)) == 0xff9b && isZero(b, 4, 12)) {
			return embedded(b, 12);
		}
		if (first == 0x2002) {
			return embedded(b, 2);
		}
		if ((first & 0xfe00) == 0xfc00) {
			return "unique local";
		}
		if ((first & 0xffc0) == 0xfe80 || (first & 0xffc0) == 0xfec0) {
			return "link-local";
		}
		if ((first & 0xff00) == 0xff00) {
			return "multicast";
		}
		int second = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
		if ((first == 0x2001 && (second == 0x0db8 || second == 0)) || (first == 0x0100 && isZero(b, 2, 8))) {
			return "reserved";
		}
		return null;
	}

	private static @Nullable String embedded(byte[] b, int from) {
		byte[] v4 = { b[from], b[from + 1], b[from + 2], b[from + 3] };
		return ipv4(v4);
	}

	private static boolean isZero(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
