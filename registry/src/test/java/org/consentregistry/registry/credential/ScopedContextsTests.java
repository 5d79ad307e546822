package org.consentregistry.registry.credential;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoped contexts are processed once per parent, local context and flags. */
class ScopedContextsTests {

	private final ScopedContexts scoped = new ScopedContexts();

	private final ActiveContext parent = new ActiveContext(null, null,
			ProcessingRuntime.of(new JsonLdOptions(OfflineDocumentLoader.BUNDLED_ONLY)));

	@Test
	void keepsWhatItDerives() throws Exception {
		JsonObject local = context("urn:a");
		ActiveContext derived = this.scoped.derive(this.parent, local, null, false, true);
		assertThat(this.scoped.derive(this.parent, local, null, false, true)).isSameAs(derived);
		assertThat(derived.getVocabularyMapping()).isEqualTo("urn:a");
	}

	@Test
	void tellsFlagsAndLocalContextsApart() throws Exception {
		JsonObject local = context("urn:a");
		ActiveContext propagated = this.scoped.derive(this.parent, local, null, false, true);
		ActiveContext notPropagated = this.scoped.derive(this.parent, local, null, false, false);
		assertThat(notPropagated).isNotSameAs(propagated);
		assertThat(notPropagated.getPreviousContext()).isSameAs(this.parent);
		assertThat(propagated.getPreviousContext()).isNull();
		assertThat(this.scoped.derive(this.parent, context("urn:a"), null, false, true)).isNotSameAs(propagated);
	}

	@Test
	void keepsAtMostTheMaximumNumber() throws Exception {
		for (int i = 0; i <= ScopedContexts.MAX_CONTEXTS; i++) {
			this.scoped.derive(this.parent, context("urn:" + i), null, false, true);
		}
		assertThat(this.scoped.size()).isEqualTo(ScopedContexts.MAX_CONTEXTS);
	}

	private static JsonObject context(String vocabulary) {
		return JsonBytes.JSON.createObjectBuilder().add("@vocab", vocabulary).build();
	}

}
