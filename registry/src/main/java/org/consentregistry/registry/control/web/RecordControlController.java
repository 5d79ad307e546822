package org.consentregistry.registry.control.web;

import java.util.List;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.control.Conflict;
import org.consentregistry.registry.control.RecordControl;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A record's control as JSON: for each identifier whether its issuer's control is
 * verified, and the conflicting records of other issuers. (The JSON at
 * {@code /records/{id}} is the signed credential byte for byte, so the registry's own
 * statements about it live here.)
 */
@RestController
class RecordControlController {

	private final ConsentRecords records;

	private final EngineRecords engineRecords;

	private final RecordControl control;

	RecordControlController(ConsentRecords records, EngineRecords engineRecords, RecordControl control) {
		this.records = records;
		this.engineRecords = engineRecords;
		this.control = control;
	}

	@GetMapping(path = "/records/{id}/control", produces = MediaType.APPLICATION_JSON_VALUE)
	RecordControlJson control(@PathVariable String id) {
		RecordEntry entry = RecordId.parse(id)
			.flatMap(this.records::find)
			.orElseThrow(() -> new ProblemException(Problem.UNKNOWN_RECORD, "No record has the id '" + id + "'"));
		return this.engineRecords.one(entry.id())
			.map((record) -> RecordControlJson.of(entry, this.control.of(record)))
			.orElseGet(() -> new RecordControlJson(entry.record(), entry.issuer(), List.of(), List.of()));
	}

	/**
	 * A record's control.
	 *
	 * @param record the record IRI
	 * @param issuer its issuer
	 * @param identifiers each identifier with its issuer's control (empty for a
	 * withdrawal)
	 * @param conflicts current records of other issuers with overlapping identifiers
	 */
	record RecordControlJson(String record, String issuer, List<IdentifierControlJson> identifiers,
			List<ConflictJson> conflicts) {

		static RecordControlJson of(RecordEntry entry, RecordControl.View view) {
			return new RecordControlJson(entry.record(), entry.issuer(),
					view.identifiers()
						.stream()
						.map((i) -> new IdentifierControlJson(IdentifierJson.of(i.identifier()), i.verified(),
								(i.verifiedUntil() != null) ? String.valueOf(i.verifiedUntil()) : null))
						.toList(),
					view.conflicts().stream().map(ConflictJson::of).toList());
		}

	}

	/**
	 * One identifier's control.
	 *
	 * @param identifier the identifier
	 * @param controlVerified whether the issuer's control is verified now
	 * @param verifiedUntil until when
	 */
	record IdentifierControlJson(IdentifierJson identifier, boolean controlVerified, @Nullable String verifiedUntil) {
	}

	/**
	 * A conflicting record.
	 *
	 * @param identifier this record's identifier that is overlapped
	 * @param record the other record
	 * @param issuer its issuer
	 * @param claims its overlapping identifier
	 * @param controlVerified whether its issuer's control of that identifier is verified
	 */
	record ConflictJson(IdentifierJson identifier, String record, String issuer, IdentifierJson claims,
			boolean controlVerified) {

		static ConflictJson of(Conflict conflict) {
			return new ConflictJson(IdentifierJson.of(conflict.identifier()), conflict.record(), conflict.issuer(),
					IdentifierJson.of(conflict.claims()), conflict.controlVerified());
		}

	}

}
