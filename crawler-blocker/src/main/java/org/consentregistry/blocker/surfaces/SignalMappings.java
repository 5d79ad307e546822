package org.consentregistry.blocker.surfaces;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.policy.Purpose;

/**
 * The versioned mappings from purposes to signal labels, read from
 * {@code mappings/signal-mappings.tsv}.
 */
public final class SignalMappings {

	private static final String RESOURCE = "mappings/signal-mappings.tsv";

	private final List<SignalMapping> mappings;

	private SignalMappings(List<SignalMapping> mappings) {
		this.mappings = List.copyOf(mappings);
	}

	/** The mappings shipped with this library. */
	public static SignalMappings bundled() {
		try (InputStream in = SignalMappings.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("expected the resource " + RESOURCE + " on the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<SignalMapping> mappings = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					mappings.add(mapping(line));
				}
			}
			return new SignalMappings(mappings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SignalMapping mapping(String line) {
		String[] columns = line.split("\t", -1);
		if (columns.length != 4) {
			throw new IllegalStateException("expected signal, version, label and purposes, got '" + line + "'");
		}
		List<Purpose> purposes = new ArrayList<>();
		for (String token : columns[3].split(",")) {
			purposes.add(Purpose.of(token)
				.orElseThrow(() -> new IllegalStateException("expected a purpose token, got '" + token + "'")));
		}
		return new SignalMapping(columns[0], columns[1], columns[2], purposes);
	}

	/** The labels of {@code signal}, in file order. */
	public List<SignalMapping> of(String signal) {
		return this.mappings.stream().filter((m) -> m.signal().equals(signal)).toList();
	}

	/** The version of the mapping for {@code signal}. */
	public String version(String signal) {
		return of(signal).stream()
			.map(SignalMapping::version)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("expected a mapping for " + signal));
	}

	/**
	 * The labels of {@code signal} with a value at {@code scope}, as
	 * {@code label=<yes>|<no>} joined by {@code ", "}; empty when none has one.
	 */
	String labels(String signal, Scope scope, String yes, String no) {
		StringBuilder out = new StringBuilder();
		for (SignalMapping mapping : of(signal)) {
			Stance stance = mapping.stance(scope);
			if (stance == Stance.ALLOWED || stance.refuses()) {
				out.append((out.length() > 0) ? ", " : "")
					.append(mapping.label())
					.append('=')
					.append(stance.refuses() ? no : yes);
			}
		}
		return out.toString();
	}

}
