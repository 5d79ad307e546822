package org.consentregistry.registry.credential;

import com.apicatalog.jsonld.loader.DocumentLoader;

/**
 * The registry's offline JSON-LD document loader for tests of other packages, so that
 * they convert JSON-LD exactly as the registry does and never need a loader of their own.
 */
public final class TestDocumentLoaders {

	private TestDocumentLoaders() {
	}

	/** The loader of the bundled contexts only; any other context URL is refused. */
	public static DocumentLoader bundledOnly() {
		return OfflineDocumentLoader.BUNDLED_ONLY;
	}

}
