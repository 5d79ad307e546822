package org.consentregistry.registry.bulkcheck;

import java.net.http.HttpResponse;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.RegistryHttp;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records for bulk-check tests, submitted through the real pipeline: every kind of
 * identifier, overlapping claims, a superseded version; hosts made unique by a token so
 * tests do not see each other's records.
 */
final class Fixtures {

	private static final String CONTEXTS = "[\"https://www.w3.org/ns/credentials/v2\", "
			+ "\"https://w3id.org/consent-registry/context/v1\"]";

	private final RegistryHttp http;

	private final String token;

	Fixtures(RegistryHttp http, String token) {
		this.http = http;
		this.token = token;
	}

	/** Submits the mixed records; the identifiers to ask about, matching and not. */
	List<String> submitMixedRecords() {
		String site = "https://" + this.token + ".example";
		byte[] bytes = new byte[32];
		new Random(this.token.hashCode()).nextBytes(bytes);
		String hash = HexFormat.of().formatHex(bytes);
		submit(credential(exact(site + "/works/one.jpg"), terms("search", "genai-train")), null);
		submit(credential(prefix(site + "/gallery/"), terms("search", "tdm")), null);
		submit(credential(domain(this.token + "-d.example", true), coopTerms()), null);
		submit(credential(hash(hash), terms("search", "ai-input")), null);
		submit(credential(exact(site + "/gallery/special.jpg"), coopTerms()), null);
		submit(credential(domain(this.token + "-e.example", false), terms("tdm", "search")), null);
		String first = TestConsentCredentials.newId();
		String work = TestConsentCredentials.newId();
		submit(credential(first, work, exact(site + "/works/two.jpg"), terms("search", "ai-train")), null);
		submit(credential(TestConsentCredentials.newId(), work, exact(site + "/works/two.jpg"), terms("search", null)),
				first);
		return List.of(site + "/works/one.jpg",
				"HTTPS://" + this.token.toUpperCase(Locale.ROOT) + ".EXAMPLE:443/works/./one.jpg", site + "/gallery/",
				site + "/gallery/a/b.png", site + "/gallery/special.jpg",
				"https://other-" + this.token + ".example/gallery/a.png", "https://" + this.token + "-d.example/",
				"https://a.b." + this.token + "-d.example/x?y=1", "https://" + this.token + "-e.example/p",
				"https://sub." + this.token + "-e.example/p", "sha256:" + hash,
				"sha256:" + hash.toUpperCase(Locale.ROOT), "sha256:" + "0".repeat(64), site + "/works/two.jpg",
				"https://nowhere-" + this.token + ".example/");
	}

	/** Submits a record refusing {@code purpose} for one URL; that URL. */
	String submitRefusal(String purpose) {
		String url = "https://" + this.token + ".example/refused/" + purpose + ".jpg";
		submit(credential(exact(url), terms("search", purpose)), null);
		return url;
	}

	private void submit(String unsigned, @Nullable String replaces) {
		String json = (replaces != null)
				? unsigned.replace("\"validFrom\"", "\"replaces\": \"" + replaces + "\", \"validFrom\"") : unsigned;
		HttpResponse<byte[]> response = this.http.post("/records", "application/vc",
				TestConsentCredentials.signed(json, TestCredentials.CREATOR));
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(201);
	}

	private static String credential(String identifiers, String terms) {
		return credential(TestConsentCredentials.newId(), TestConsentCredentials.newId(), identifiers, terms);
	}

	private static String credential(String id, String work, String identifiers, String terms) {
		return """
				{"@context": %s, "id": "%s", "type": ["VerifiableCredential", "ConsentCredential"],
				 "issuer": "%s", "validFrom": "2026-01-01T00:00:00Z",
				 "credentialSubject": {"id": "%s", "type": "Work", "title": "Bulk", "creatorName": "Ada Example",
				  "mediaType": "image/jpeg", "identifier": [%s], "terms": %s}}
				""".formatted(CONTEXTS, id, TestCredentials.CREATOR.did(), work, identifiers, terms);
	}

	private static String exact(String url) {
		return "{\"type\": \"ExactUrl\", \"url\": \"" + url + "\"}";
	}

	private static String prefix(String prefix) {
		return "{\"type\": \"UrlPrefix\", \"urlPrefix\": \"" + prefix + "\"}";
	}

	private static String domain(String host, boolean subdomains) {
		return "{\"type\": \"Domain\", \"domain\": \"" + host + "\", \"includeSubdomains\": " + subdomains + "}";
	}

	private static String hash(String hex) {
		return "{\"type\": \"ContentHash\", \"sha256\": \"" + hex + "\"}";
	}

	private static String terms(String permitted, @Nullable String refused) {
		String prohibition = (refused != null) ? ", \"prohibition\": [{\"action\": \"" + refused + "\"}]" : "";
		return "{\"type\": \"Set\", \"permission\": [{\"action\": \"" + permitted + "\"}]" + prohibition + "}";
	}

	private static String coopTerms() {
		return """
				{"type": "Set", "permission": [{"action": "search"}, {"action": "ai-train",
				 "constraint": [{"leftOperand": "recipient", "operator": "isAnyOf", "rightOperand": ["https://coop.example/"]}],
				 "duty": [{"action": "attribute"}, {"action": "compensate"}]}]}""";
	}

}
