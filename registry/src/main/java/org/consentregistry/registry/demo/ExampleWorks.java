package org.consentregistry.registry.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Makes varied, realistic unsigned consent credentials: the same index always gives the
 * same credential, so demo data and benchmark inputs are reproducible without being
 * committed.
 */
public final class ExampleWorks {

	private static final List<String> SUBJECTS = List.of("Harbour", "Orchard", "Lighthouse", "Glacier", "Market",
			"Tram depot", "Foundry", "Salt marsh", "Library", "Quarry", "Night train", "Greenhouse");

	private static final List<String> MOMENTS = List.of("at dusk", "in rain", "before dawn", "in winter", "at noon",
			"after the storm", "in fog", "at low tide");

	private static final List<String> CREATORS = List.of("Ada Example", "Bo Lindqvist", "Chiamaka Eze", "Dai Nakamura",
			"Elif Kaya", "Fern Morrow", "Gus Okafor", "Hana Novak");

	private static final List<String> MEDIA = List.of("image/jpeg", "image/png", "text/html", "audio/flac", "video/mp4",
			"application/pdf");

	private static final List<String> SITES = List.of("art.example", "photos.example.org", "studio.example.net",
			"music.example.com", "writing.example");

	private static final List<String> COOPS = List.of("https://coop-one.example/", "https://open-models.example/");

	private final String issuer;

	private final String namespace;

	/**
	 * @param issuer the DID that will sign the credentials
	 * @param namespace distinguishes sets of works (e.g. {@code demo}, {@code benchmark})
	 */
	public ExampleWorks(String issuer, String namespace) {
		this.issuer = issuer;
		this.namespace = namespace;
	}

	/** The unsigned credential of work number {@code index}. */
	public JsonObject credential(int index) {
		Random random = new Random(index * 7919L + this.namespace.hashCode());
		String site = SITES.get(random.nextInt(SITES.size()));
		String media = MEDIA.get(random.nextInt(MEDIA.size()));
		String slug = this.namespace + "-" + index;
		String theme = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
		String moment = MOMENTS.get(random.nextInt(MOMENTS.size()));
		String creator = CREATORS.get(random.nextInt(CREATORS.size()));
		JsonObjectBuilder subject = Json.createObjectBuilder()
			.add("id", uuid("work", index))
			.add("type", "Work")
			.add("title", theme + " " + moment + " #" + index)
			.add("creatorName", creator)
			.add("description", description(theme, moment, creator, media, site))
			.add("mediaType", media)
			.add("identifier", identifiers(random, site, slug, media))
			.add("terms", terms(random));
		return Json.createObjectBuilder()
			.add("@context",
					Json.createArrayBuilder()
						.add("https://www.w3.org/ns/credentials/v2")
						.add("https://w3id.org/consent-registry/context/v1"))
			.add("id", uuid("credential", index))
			.add("type", Json.createArrayBuilder().add("VerifiableCredential").add("ConsentCredential"))
			.add("issuer", this.issuer)
			.add("validFrom", "2026-01-01T00:00:00Z")
			.add("credentialSubject", subject)
			.build();
	}

	/** A sentence about the work, from what was already chosen (no random draws). */
	private static String description(String theme, String moment, String creator, String media, String site) {
		String kind = switch (media.substring(0, media.indexOf('/'))) {
			case "image" -> "picture";
			case "audio" -> "recording";
			case "video" -> "film";
			default -> "text";
		};
		return "A " + kind + " of " + theme.toLowerCase(java.util.Locale.ROOT) + " " + moment + " by " + creator
				+ ", first published on " + site + ".";
	}

	private JsonArrayBuilder identifiers(Random random, String site, String slug, String media) {
		String extension = media.substring(media.indexOf('/') + 1);
		JsonArrayBuilder identifiers = Json.createArrayBuilder()
			.add(Json.createObjectBuilder()
				.add("type", "ExactUrl")
				.add("url", "https://" + site + "/works/" + slug + "." + extension));
		if (random.nextInt(4) == 0) {
			identifiers.add(Json.createObjectBuilder()
				.add("type", "UrlPrefix")
				.add("urlPrefix", "https://" + site + "/series/" + slug + "/"));
		}
		if (random.nextInt(3) == 0) {
			byte[] hash = new byte[32];
			random.nextBytes(hash);
			identifiers.add(Json.createObjectBuilder().add("type", "ContentHash").add("sha256", hex(hash)));
		}
		return identifiers;
	}

	private static JsonObjectBuilder terms(Random random) {
		JsonArrayBuilder permissions = Json.createArrayBuilder().add(rule("search"));
		List<String> refused = new ArrayList<>();
		switch (random.nextInt(4)) {
			case 0 -> refused.add("tdm");
			case 1 -> refused.add("genai-train");
			case 2 -> permissions.add(rule("ai-train")
				.add("constraint",
						Json.createArrayBuilder()
							.add(Json.createObjectBuilder()
								.add("leftOperand", "recipient")
								.add("operator", "isAnyOf")
								.add("rightOperand", Json.createArrayBuilder().add(COOPS.get(random.nextInt(2))))))
				.add("duty", Json.createArrayBuilder().add(Json.createObjectBuilder().add("action", "attribute"))));
			default -> refused.add("ai-train");
		}
		if (random.nextBoolean()) {
			refused.add("ai-input");
		}
		JsonObjectBuilder terms = Json.createObjectBuilder().add("type", "Set").add("permission", permissions);
		if (!refused.isEmpty()) {
			JsonArrayBuilder prohibitions = Json.createArrayBuilder();
			refused.forEach((purpose) -> prohibitions.add(rule(purpose)));
			terms.add("prohibition", prohibitions);
		}
		return terms;
	}

	private static JsonObjectBuilder rule(String purpose) {
		return Json.createObjectBuilder().add("action", purpose);
	}

	private String uuid(String kind, int index) {
		String name = "consent-registry:" + this.namespace + ":" + kind + ":" + index;
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	private static String hex(byte[] bytes) {
		StringBuilder out = new StringBuilder(bytes.length * 2);
		for (byte b : bytes) {
			out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
		}
		return out.toString();
	}

}
