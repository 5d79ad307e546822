package org.consentregistry.registry.control;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which addresses a check may connect to. Special-purpose blocks from the IANA IPv4 and
 * IPv6 Special-Purpose Address Registries (RFC 6890), RFC 1918 private space, RFC 6598
 * shared space, RFC 4193 unique local and RFC 4291 §2.5.5.2 IPv4-mapped addresses.
 */
class AddressPolicyTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			93.184.215.14        | allowed
			8.8.8.8              | allowed
			127.0.0.1            | loopback
			127.255.0.9          | loopback
			10.1.2.3             | private
			172.16.0.1           | private
			172.31.255.255       | private
			172.32.0.1           | allowed
			192.168.1.1          | private
			169.254.169.254      | link-local
			100.64.0.1           | not globally routable
			0.0.0.0              | not globally routable
			198.18.0.1           | not globally routable
			192.0.2.1            | reserved
			203.0.113.7          | reserved
			224.0.0.1            | multicast
			255.255.255.255      | reserved
			2606:2800:220:1::1   | allowed
			::1                  | loopback
			::                   | unspecified
			fc00::1              | unique local
			fd12:3456::1         | unique local
			fe80::1              | link-local
			ff02::1              | multicast
			2001:db8::1          | reserved
			::ffff:127.0.0.1     | loopback
			::ffff:10.0.0.1      | private
			::ffff:8.8.8.8       | allowed
			64:ff9b::a9fe:a9fe   | link-local
			2002:c0a8:0101::1    | private
			""")
	void refusesEveryNonPublicAddressByDefault(String address, String expected) throws Exception {
		String refusal = new AddressPolicy(false).refusal(InetAddress.getByName(address));
		assertThat((refusal != null) ? refusal : "allowed").isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "127.0.0.1", "::1", "::ffff:127.0.0.1" })
	void allowsLoopbackOnlyWhenConfigured(String address) throws Exception {
		assertThat(new AddressPolicy(true).refusal(InetAddress.getByName(address))).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "10.0.0.1", "169.254.169.254", "fe80::1", "fd00::1" })
	void refusesPrivateAddressesEvenWhenLoopbackIsAllowed(String address) throws Exception {
		assertThat(new AddressPolicy(true).refusal(InetAddress.getByName(address))).isNotNull();
	}

}
