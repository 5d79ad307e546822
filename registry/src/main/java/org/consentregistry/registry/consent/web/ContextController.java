package org.consentregistry.registry.consent.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.consentregistry.registry.system.RdfMediaTypes;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the JSON-LD context at its own URL's path
 * ({@code https://w3id.org/consent-registry/context/v1}), byte-identical to
 * {@code schemas/context/v1/consent.jsonld}.
 */
@RestController
class ContextController {

	static final String RESOURCE = "/schemas/context/v1/consent.jsonld";

	private final byte[] context;

	ContextController() {
		try (InputStream in = ContextController.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Expected the JSON-LD context on the classpath at " + RESOURCE);
			}
			this.context = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping("/consent-registry/context/v1")
	ResponseEntity<byte[]> context() {
		return ResponseEntity.ok()
			.contentType(RdfMediaTypes.LD_JSON)
			.cacheControl(CacheControl.noCache())
			.body(this.context);
	}

}
