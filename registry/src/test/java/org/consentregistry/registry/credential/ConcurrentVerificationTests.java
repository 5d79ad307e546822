package org.consentregistry.registry.credential;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One verifier shared by threads (as the service shares it) gives every thread the same
 * canonical graphs: the cached active contexts are read, never changed.
 */
class ConcurrentVerificationTests {

	@Test
	void sharedVerifierGivesTheSameResultsOnEveryThread() throws Exception {
		CredentialVerifier verifier = new CredentialVerifier();
		List<byte[]> credentials = List.of(
				TestCredentials.sign(TestCredentials.consentUnsigned("urn:uuid:1", "urn:uuid:2")),
				TestCredentials.sign(TestCredentials.exampleUnsigned("urn:uuid:3")),
				TestCredentials.sign(TestCredentials.withdrawalUnsigned("urn:uuid:4", "urn:uuid:1", "urn:uuid:2")));
		List<String> expected = new ArrayList<>();
		for (byte[] credential : credentials) {
			expected.add(new CredentialVerifier().verify(credential).canonicalDocument());
		}
		Set<String> seen = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> tasks = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				tasks.add(threads.submit(() -> {
					for (int i = 0; i < 60; i++) {
						seen.add(verifier.verify(credentials.get(i % credentials.size())).canonicalDocument());
					}
					return null;
				}));
			}
			for (Future<?> task : tasks) {
				task.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
	}

}
