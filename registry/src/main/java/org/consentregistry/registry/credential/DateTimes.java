package org.consentregistry.registry.credential;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * XML Schema {@code dateTimeStamp} values: a date, a time and a mandatory time zone.
 *
 * @see <a href="https://www.w3.org/TR/xmlschema11-2/#dateTimeStamp">XSD 1.1
 * dateTimeStamp</a>
 */
final class DateTimes {

	private static final Pattern DATE_TIME_STAMP = Pattern
		.compile("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

	private DateTimes() {
	}

	/**
	 * Parses a {@code dateTimeStamp}.
	 * @throws IllegalArgumentException if it is not one
	 */
	static Instant parse(String value) {
		Instant simple = simpleUtc(value);
		if (simple != null) {
			return simple;
		}
		return parseStrictly(value);
	}

	/**
	 * The general path of {@link #parse}: the pattern, then {@code java.time}'s ISO
	 * parser.
	 */
	static Instant parseStrictly(String value) {
		if (!DATE_TIME_STAMP.matcher(value).matches()) {
			throw new IllegalArgumentException("Expected an xsd:dateTimeStamp but got '" + value + "'");
		}
		try {
			return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("Expected an xsd:dateTimeStamp but got '" + value + "'", ex);
		}
	}

	/**
	 * The instant of the common form {@code YYYY-MM-DDThh:mm:ssZ} with every field
	 * plainly in range (a day up to 28, so valid in every month), computed directly;
	 * {@code null} for anything else, which {@link #parseStrictly} decides. Gives what
	 * {@code parseStrictly} gives wherever it answers (tested against it).
	 */
	static @Nullable Instant simpleUtc(String value) {
		if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
				|| value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
			return null;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 2);
		int day = digits(value, 8, 2);
		int hour = digits(value, 11, 2);
		int minute = digits(value, 14, 2);
		int second = digits(value, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0
				|| minute > 59 || second < 0 || second > 59) {
			return null;
		}
		long days = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second);
	}

	/** The decimal number of {@code length} ASCII digits at {@code from}, or -1. */
	private static int digits(String value, int from, int length) {
		int number = 0;
		for (int i = from; i < from + length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
