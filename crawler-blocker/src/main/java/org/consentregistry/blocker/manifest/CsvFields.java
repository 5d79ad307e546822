package org.consentregistry.blocker.manifest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads the URL and hash columns of CSV rows (RFC 4180: comma-separated, fields
 * optionally in double quotes, a quote inside doubled). The first line is the header
 * naming the columns. A record is one line: quoted fields spanning lines are not read
 * (the row is reported malformed).
 */
final class CsvFields {

	private final String urlField;

	private final String hashField;

	private int columns = -1;

	private int urlColumn = -1;

	private int hashColumn = -1;

	CsvFields(String urlField, String hashField) {
		this.urlField = urlField;
		this.hashField = hashField;
	}

	/**
	 * Reads the header.
	 * @return {@code null}, or what is wrong with it
	 */
	@Nullable String header(byte[] b, int start, int end) {
		List<String> names = split(b, start, end);
		if (names == null) {
			return "expected a CSV header line, got a malformed one";
		}
		this.columns = names.size();
		this.urlColumn = names.indexOf(this.urlField);
		this.hashColumn = names.indexOf(this.hashField);
		if (this.urlColumn < 0 && this.hashColumn < 0) {
			return "expected a column \"" + this.urlField + "\" or \"" + this.hashField + "\" in the CSV header, got "
					+ names;
		}
		return null;
	}

	void read(byte[] b, int start, int end, ItemFields out) {
		List<String> fields = split(b, start, end);
		if (fields == null) {
			out.malformed("expected CSV fields with balanced quotes on one line, got a malformed row");
			return;
		}
		if (fields.size() != this.columns) {
			out.malformed("expected " + this.columns + " fields as in the header, got " + fields.size());
			return;
		}
		out.url = (this.urlColumn >= 0) ? fields.get(this.urlColumn) : null;
		out.sha256 = (this.hashColumn >= 0) ? fields.get(this.hashColumn) : null;
	}

	/** The fields of a row, or {@code null} if its quotes are malformed. */
	private static @Nullable List<String> split(byte[] b, int start, int end) {
		List<String> fields = new ArrayList<>();
		int i = start;
		while (true) {
			if (i < end && b[i] == '"') {
				StringBuilder field = new StringBuilder();
				int from = ++i;
				while (true) {
					if (i >= end) {
						return null;
					}
					if (b[i] == '"') {
						field.append(new String(b, from, i - from, StandardCharsets.UTF_8));
						if (i + 1 < end && b[i + 1] == '"') {
							field.append('"');
							i += 2;
							from = i;
							continue;
						}
						i++;
						break;
					}
					i++;
				}
				fields.add(field.toString());
				if (i < end && b[i] != ',') {
					return null;
				}
			}
			else {
				int from = i;
				while (i < end && b[i] != ',') {
					if (b[i] == '"') {
						return null;
					}
					i++;
				}
				fields.add(new String(b, from, i - from, StandardCharsets.UTF_8));
			}
			if (i >= end) {
				return fields;
			}
			i++;
		}
	}

}
