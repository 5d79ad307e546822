package org.consentregistry.registry.log.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.consentregistry.blocker.tlog.NoteVerifier;
import org.consentregistry.registry.log.LogKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the log's verifier keys: the current one and the retired ones, so that any
 * checkpoint the log ever signed can be verified. Plain text (one verifier key a line,
 * the current one first) unless the request prefers JSON.
 */
@RestController
class LogKeysController {

	static final String PATH = "/.well-known/consent-registry/log-keys";

	private static final MediaType TEXT = MediaType.parseMediaType(LogController.TEXT_UTF8);

	private final LogKeys keys;

	LogKeysController(LogKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = PATH, produces = { LogController.TEXT_UTF8, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<?> keys(@RequestHeader(name = "Accept", required = false) @Nullable String accept) {
		if (prefersJson(accept)) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json());
		}
		StringBuilder text = new StringBuilder();
		this.keys.verifiers().forEach((key) -> text.append(key.verifierKey()).append('\n'));
		return ResponseEntity.ok().contentType(TEXT).body(text.toString());
	}

	private LogJson.Keys json() {
		List<String> retired = new ArrayList<>();
		List<NoteVerifier> all = this.keys.verifiers();
		all.subList(1, all.size()).forEach((key) -> retired.add(key.verifierKey()));
		NoteVerifier current = this.keys.signer().verifier();
		return new LogJson.Keys(current.name(), current.verifierKey(), retired);
	}

	/** Whether JSON ranks before plain text in the Accept header; text when in doubt. */
	static boolean prefersJson(@Nullable String accept) {
		if (accept == null) {
			return false;
		}
		try {
			List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
			MimeTypeUtils.sortBySpecificity(types);
			types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
			for (MediaType type : types) {
				if (type.getQualityValue() > 0 && type.includes(MediaType.TEXT_PLAIN)) {
					return false;
				}
				if (type.getQualityValue() > 0 && !type.isWildcardType() && type.includes(MediaType.APPLICATION_JSON)) {
					return true;
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			// answered as text
		}
		return false;
	}

}
