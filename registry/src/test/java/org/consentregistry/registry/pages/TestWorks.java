package org.consentregistry.registry.pages;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.demo.ExampleWorks;
import org.consentregistry.registry.system.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Varied example works (titles, creators, media types and terms from
 * {@link ExampleWorks}) signed by the test creator and submitted over HTTP, plus an
 * update of the first work that refuses generative AI training, so the pages have facets
 * and a history to show.
 *
 * @param works the work IRIs, in submission order
 * @param titles their titles
 * @param firstVersion the record IRI of the first work's first version
 * @param updated the record IRI of the first work's current version
 */
record TestWorks(List<String> works, List<String> titles, String firstVersion, String updated) {

	static TestWorks submit(RegistryHttp http, int count) {
		ExampleWorks examples = new ExampleWorks(TestCredentials.CREATOR.did(), "pages");
		List<String> works = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		List<String> records = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			JsonObject credential = examples.credential(i);
			JsonObject subject = credential.getJsonObject("credentialSubject");
			works.add(subject.getString("id"));
			titles.add(subject.getString("title"));
			records.add(submitted(http, credential));
		}
		JsonObject first = examples.credential(0);
		JsonObject update = Json.createObjectBuilder(first)
			.add("id", "urn:uuid:" + java.util.UUID.randomUUID())
			.add("validFrom", "2026-02-01T00:00:00Z")
			.add("replaces", first.getString("id"))
			.add("credentialSubject",
					Json.createObjectBuilder(first.getJsonObject("credentialSubject"))
						.add("terms", Json.createObjectBuilder()
							.add("type", "Set")
							.add("permission",
									Json.createArrayBuilder().add(Json.createObjectBuilder().add("action", "search")))
							.add("prohibition",
									Json.createArrayBuilder()
										.add(Json.createObjectBuilder().add("action", "genai-train")))))
			.build();
		return new TestWorks(works, titles, records.get(0), submitted(http, update));
	}

	private static String submitted(RegistryHttp http, JsonObject credential) {
		HttpResponse<byte[]> response = http.post("/records", "application/vc",
				TestCredentials.sign(credential.toString(), TestCredentials.CREATOR));
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(201);
		return RegistryHttp.json(response).get("record").asString();
	}

}
