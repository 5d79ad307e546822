package org.consentregistry.registry.consent;

import java.time.Instant;
import java.util.List;

import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Rule;
import org.jspecify.annotations.Nullable;

/**
 * What a record's graph says about its work and terms.
 *
 * @param work the work IRI
 * @param title the title, if given
 * @param creatorName the creator's (possibly pseudonymous) name, if given
 * @param mediaType the work's media type, if given
 * @param identifiers what the record claims
 * @param rules the compiled permissions and prohibitions
 * @param validFrom the credential's {@code validFrom}
 * @param validUntil the credential's {@code validUntil}
 * @param description the work's description ({@code description}, schema:description), if
 * given
 */
public record WorkDescription(String work, @Nullable String title, @Nullable String creatorName,
		@Nullable String mediaType, List<Identifier> identifiers, List<Rule> rules, @Nullable Instant validFrom,
		@Nullable Instant validUntil, @Nullable String description) {

	public WorkDescription {
		identifiers = List.copyOf(identifiers);
		rules = List.copyOf(rules);
	}

	/** A description of a work without a description text. */
	public WorkDescription(String work, @Nullable String title, @Nullable String creatorName,
			@Nullable String mediaType, List<Identifier> identifiers, List<Rule> rules, @Nullable Instant validFrom,
			@Nullable Instant validUntil) {
		this(work, title, creatorName, mediaType, identifiers, rules, validFrom, validUntil, null);
	}

}
