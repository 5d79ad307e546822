/**
 * Proof of control: creators claim a domain or URL prefix, publish a registry-issued
 * token on it (well-known path, DNS TXT record or meta tag), and the registry checks it
 * with a guarded client, records the result with an expiry and re-checks it; decisions
 * count permissions only from issuers whose control is verified.
 */
@NullMarked
package org.consentregistry.registry.control;

import org.jspecify.annotations.NullMarked;
