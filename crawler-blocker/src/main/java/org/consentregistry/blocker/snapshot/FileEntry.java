package org.consentregistry.blocker.snapshot;

import java.util.regex.Pattern;

/**
 * A data file named by a manifest.
 *
 * @param name the file name: lower-case letters, digits and '-', ending in {@code .bin}
 * (never a path)
 * @param size its length in bytes
 * @param sha256 the lower-case hex SHA-256 of its bytes
 */
public record FileEntry(String name, long size, String sha256) {

	static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}\\.bin");

	static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

}
