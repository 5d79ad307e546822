package org.consentregistry.registry.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.consentregistry.blocker.policy.Purpose;
import org.jspecify.annotations.Nullable;

/**
 * Parsing of the request parameters that several endpoints share (purpose, yes/no flags);
 * an invalid value is a 400 {@link Problem#INVALID_PARAMETER} naming the parameter.
 */
public final class RequestParameters {

	private static final String PURPOSES = Arrays.stream(Purpose.values())
		.map(Purpose::token)
		.collect(Collectors.joining(", ", "one of ", ""));

	private RequestParameters() {
	}

	/** The purpose a token names ({@code tdm}, {@code ai-train}, ...). */
	public static Purpose purpose(String name, String token) {
		return Purpose.of(token).orElseThrow(() -> ProblemException.invalidParameter(name, PURPOSES, token));
	}

	/** {@code true} or {@code false} (any case), or {@code null} when absent. */
	public static @Nullable Boolean flag(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw ProblemException.invalidParameter(name, "true or false", value);
		};
	}

}
