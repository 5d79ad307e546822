package org.consentregistry.registry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.consentregistry.registry.consent.ConsentSubmissions;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialSigner;
import org.consentregistry.registry.credential.SigningKey;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads example works signed by the bundled demo key through the normal submission
 * pipeline, so they are verified, validated and stored like any other credential. The
 * demo key is public: never use it for real terms.
 */
@Component
@ConditionalOnBooleanProperty("registry.demo.enabled")
class DemoLoader implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoLoader.class);

	private static final Instant SIGNED = Instant.parse("2026-01-01T00:00:00Z");

	private final ConsentSubmissions submissions;

	private final DemoProperties properties;

	DemoLoader(ConsentSubmissions submissions, DemoProperties properties) {
		this.submissions = submissions;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, CredentialException {
		SigningKey key = demoKey();
		ExampleWorks works = new ExampleWorks(key.did(), "demo");
		CredentialSigner signer = new CredentialSigner();
		int created = 0;
		for (int i = 0; i < this.properties.works(); i++) {
			byte[] unsigned = works.credential(i).toString().getBytes(StandardCharsets.UTF_8);
			if (this.submissions.submit(signer.sign(unsigned, key, SIGNED), "application/vc").created()) {
				created++;
			}
		}
		logger.info("Demo mode: " + created + " example works loaded (" + (this.properties.works() - created)
				+ " were there already), signed by the public demo key " + key.did());
	}

	static SigningKey demoKey() throws IOException, CredentialException {
		try (InputStream in = new ClassPathResource("demo/demo-key.json").getInputStream();
				JsonReader reader = Json
					.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))) {
			JsonObject key = reader.readObject();
			return SigningKey.fromSecretKeyMultibase(key.getString("secretKeyMultibase"));
		}
	}

}
