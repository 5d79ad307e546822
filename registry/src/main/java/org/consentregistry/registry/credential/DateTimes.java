package org.consentregistry.registry.credential;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

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

	static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
