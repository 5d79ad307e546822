package org.consentregistry.registry.decision;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.consentregistry.blocker.policy.ConsentRecord;

import org.consentregistry.blocker.policy.ConsentRules;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Query;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.registry.consent.ConsentRecorded;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.control.CurrentIdentifiers;
import org.consentregistry.registry.control.VerifiedControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The compiled {@link ConsentRules} of every version of every record (superseded and
 * withdrawn ones with the interval they were in force), built from the store at startup
 * and updated on every accepted write: the same engine the crawler-blocker CLI uses. It
 * asks {@link VerifiedControl} whose control is verified, and keeps the index of current
 * identifiers (for conflicts) loaded from the same pass over the store.
 */
@Component
class DecisionRules {

	private static final Logger logger = LoggerFactory.getLogger(DecisionRules.class);

	private final EngineRecords engineRecords;

	private final ConsentRecords records;

	private final VerifiedControl control;

	private final CurrentIdentifiers current;

	private final AtomicReference<ConsentRules> rules;

	DecisionRules(EngineRecords engineRecords, ConsentRecords records, VerifiedControl control,
			CurrentIdentifiers current) {
		this.engineRecords = engineRecords;
		this.records = records;
		this.control = control;
		this.current = current;
		this.rules = new AtomicReference<>(compileAll());
		logger.info("Decision rules compiled from {} record versions", this.rules.get().size());
	}

	private ConsentRules compileAll() {
		List<ConsentRecord> all = this.engineRecords.all();
		this.current.load(all);
		return ConsentRules.compile(all, this.control);
	}

	Decision decide(Query query) throws UrlFormatException {
		return this.rules.get().decide(query);
	}

	/**
	 * Adds the new version, and the version it replaced (now with an end). If that fails,
	 * the rules are compiled again from the store: the record is stored either way.
	 */
	@EventListener
	void onRecorded(ConsentRecorded event) {
		RecordEntry entry = event.entry();
		try {
			if (!event.engineVersions().isEmpty()) {
				this.rules.updateAndGet((r) -> {
					ConsentRules updated = r;
					for (var version : event.engineVersions()) {
						updated = updated.with(version);
					}
					return updated;
				});
				event.engineVersions().forEach(this.current::update);
				return;
			}
			refresh(entry.id());
			if (entry.replaces() != null) {
				this.records.idOf(entry.replaces()).ifPresent(this::refresh);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Cannot add {} to the decision rules; compiling them again", entry.record(), ex);
			this.rules.set(compileAll());
		}
	}

	private void refresh(RecordId id) {
		this.engineRecords.one(id).ifPresent((record) -> {
			this.rules.updateAndGet((r) -> r.with(record));
			this.current.update(record);
		});
	}

}
