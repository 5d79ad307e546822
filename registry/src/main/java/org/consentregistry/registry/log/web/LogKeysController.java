package org.consentregistry.registry.log.web;

import java.util.ArrayList;
import java.util.List;

import org.consentregistry.blocker.tlog.NoteVerifier;
import org.consentregistry.registry.log.LogKeys;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the log's verifier keys: the current one and the retired ones, so that any
 * checkpoint the log ever signed can be verified.
 */
@RestController
class LogKeysController {

	static final String PATH = "/.well-known/consent-registry/log-keys";

	private final LogKeys keys;

	LogKeysController(LogKeys keys) {
		this.keys = keys;
	}

	/** One verifier key a line, the current one first. */
	@GetMapping(path = PATH, produces = LogController.TEXT_UTF8)
	String text() {
		StringBuilder text = new StringBuilder();
		this.keys.verifiers().forEach((key) -> text.append(key.verifierKey()).append('\n'));
		return text.toString();
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	LogJson.Keys json() {
		List<String> retired = new ArrayList<>();
		List<NoteVerifier> all = this.keys.verifiers();
		all.subList(1, all.size()).forEach((key) -> retired.add(key.verifierKey()));
		NoteVerifier current = this.keys.signer().verifier();
		return new LogJson.Keys(current.name(), current.verifierKey(), retired);
	}

}
