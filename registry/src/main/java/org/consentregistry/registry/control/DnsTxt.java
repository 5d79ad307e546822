package org.consentregistry.registry.control;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import org.consentregistry.registry.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads TXT records with the JDK's JNDI DNS provider, from the configured DNS server or
 * the system's resolvers; no dependency. Queries time out after the check timeout.
 */
final class DnsTxt {

	private final String providerUrl;

	private final long timeoutMillis;

	DnsTxt(ControlProperties settings) {
		String server = settings.dnsServer().trim();
		this.providerUrl = server.isEmpty() ? "dns:" : "dns://" + server;
		this.timeoutMillis = Math.max(100, settings.timeout().toMillis());
	}

	/**
	 * The TXT strings at {@code name}, each record's character strings joined.
	 * @throws ControlCheckException if the name does not exist or the server does not
	 * answer in time
	 */
	List<String> lookup(String name) throws ControlCheckException {
		Hashtable<String, String> env = new Hashtable<>();
		env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
		env.put(Context.PROVIDER_URL, this.providerUrl);
		// JNDI waits initial, then twice as long for each retry: 1 + 2 = 3 shares.
		env.put("com.sun.jndi.dns.timeout.initial", Long.toString(Math.max(50, this.timeoutMillis / 3)));
		env.put("com.sun.jndi.dns.timeout.retries", "2");
		DirContext context = null;
		try {
			context = new InitialDirContext(env);
			Attributes attributes = context.getAttributes(name, new String[] { "TXT" });
			Attribute txt = attributes.get("TXT");
			List<String> values = new ArrayList<>();
			if (txt != null) {
				NamingEnumeration<?> all = txt.getAll();
				while (all.hasMore()) {
					values.add(joined(String.valueOf(all.next())));
				}
			}
			return values;
		}
		catch (NameNotFoundException ex) {
			throw new ControlCheckException(Problem.TOKEN_NOT_FOUND,
					"Expected a TXT record at " + name + " but the name does not exist", ex);
		}
		catch (CommunicationException ex) {
			throw new ControlCheckException(Problem.UNREACHABLE_TARGET,
					"Expected an answer from the DNS server for " + name + " but got none (" + ex.getMessage() + ")",
					ex);
		}
		catch (NamingException ex) {
			throw new ControlCheckException(Problem.UNREACHABLE_TARGET,
					"Expected TXT records at " + name + " but the lookup failed (" + ex.getMessage() + ")", ex);
		}
		finally {
			close(context);
		}
	}

	/**
	 * A TXT record as JNDI shows it: its character strings separated by spaces, quoted
	 * when they contain spaces. Joined without separators, as RFC 7208 §3.3 does.
	 */
	static String joined(String record) {
		String trimmed = record.trim();
		if (!trimmed.startsWith("\"")) {
			return trimmed.replace(" ", "");
		}
		StringBuilder joined = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (quoted || c != ' ') {
				joined.append(c);
			}
		}
		return joined.toString();
	}

	private static void close(@Nullable DirContext context) {
		if (context != null) {
			try {
				context.close();
			}
			catch (NamingException ex) {
				// nothing held open
			}
		}
	}

}
