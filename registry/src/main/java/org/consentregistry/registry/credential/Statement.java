package org.consentregistry.registry.credential;

import org.jspecify.annotations.Nullable;

/**
 * One RDF statement in the default graph, in the form that JSON-LD to RDF hands to an
 * {@code RdfQuadConsumer}.
 *
 * @param subject an IRI or a blank node label ({@code _:…})
 * @param predicate an IRI
 * @param object an IRI or a blank node label if {@code datatype} is {@code null}, else
 * the lexical form of a literal
 * @param datatype the literal's datatype IRI ({@code rdf:langString} for a language
 * tagged string), or {@code null} if the object is not a literal
 * @param language the literal's language tag, or {@code null}
 */
record Statement(String subject, String predicate, String object, @Nullable String datatype,
		@Nullable String language) {

	static boolean isBlank(String term) {
		return term.startsWith("_:");
	}

	boolean hasBlankObject() {
		return this.datatype == null && isBlank(this.object);
	}

}
