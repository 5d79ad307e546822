package org.consentregistry.registry.search;

/**
 * A search parameter is invalid: a URL that is not an http(s) URL, a malformed domain or
 * hash, an unknown purpose or effect token, a page size out of range, or a cursor that is
 * not one this registry issued (or that belongs to another sort). The web layer answers
 * {@code 400} problem+json of type {@code invalid-parameter}.
 */
public class InvalidSearchQueryException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String parameter;

	public InvalidSearchQueryException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/** The API name of the offending parameter, e.g. {@code cursor}. */
	public String parameter() {
		return this.parameter;
	}

}
