package org.consentregistry.registry.consent.web;

import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transparency log's entries by index: the leaf data exactly as hashed into the tree
 * (see docs/design/log.md), so that anyone can recompute a leaf hash and match it to the
 * record it names.
 */
@RestController
class LogEntryController {

	private final ConsentRecords records;

	LogEntryController(ConsentRecords records) {
		this.records = records;
	}

	@GetMapping(path = "/log/entries/{index}", produces = MediaType.APPLICATION_JSON_VALUE)
	byte[] entry(@PathVariable String index) {
		long position = parse(index);
		long size = this.records.logSize();
		if (position >= size) {
			throw new ProblemException(Problem.LOG_INDEX_BEYOND_SIZE,
					"Expected a log index below the log size " + size + " but it is " + position)
				.with("size", size);
		}
		return this.records.leaf(position);
	}

	private static long parse(String index) {
		try {
			long value = Long.parseLong(index);
			if (value >= 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new ProblemException(Problem.INVALID_PARAMETER,
				"Expected the log index to be a whole number of at least 0 but it is '" + index + "'")
			.with("parameter", "index");
	}

}
