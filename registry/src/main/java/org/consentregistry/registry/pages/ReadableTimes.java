package org.consentregistry.registry.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Times as the pages show them to people ({@code 26 November 2026, 07:47:31 UTC}), in a
 * {@code <time>} element whose {@code datetime} keeps the exact ISO instant. Every page
 * model has it as {@code times}.
 */
@ControllerAdvice(basePackageClasses = ReadableTimes.class)
class ReadableTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter
		.ofPattern("d MMMM uuuu, HH:mm:ss 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	@ModelAttribute("times")
	ReadableTimes times() {
		return this;
	}

	/** The instant in words and figures, in UTC; empty for none. */
	public String of(@Nullable Instant instant) {
		return (instant != null) ? text(instant) : "";
	}

	/** The instant in words and figures, in UTC, for text built in code. */
	static String text(Instant instant) {
		return FORMAT.format(instant);
	}

}
