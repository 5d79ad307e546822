package org.consentregistry.blocker.engine;

/**
 * A normalised URL with the positions the lookups need, so that hosts and origins are
 * hashed in place rather than copied.
 *
 * @param url the normal form
 * @param hostStart where the host starts
 * @param hostEnd where the host ends
 * @param pathStart where the path starts (the end of the origin, after any port)
 * @param ipHost whether the host is an IP address (it has no parent domains)
 */
record UrlView(String url, int hostStart, int hostEnd, int pathStart, boolean ipHost) {
}
