package org.consentregistry.blocker.url;

/**
 * A string that cannot be normalised to an http or https URL. The message states what was
 * expected and what was found.
 */
public class UrlFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public UrlFormatException(String message) {
		super(message);
	}

	public UrlFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
