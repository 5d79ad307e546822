package org.consentregistry.blocker.cli;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.consentregistry.blocker.json.Json;
import org.consentregistry.blocker.manifest.FilterResult;
import org.consentregistry.blocker.manifest.FilterSettings;
import org.consentregistry.blocker.snapshot.Snapshot;
import org.consentregistry.blocker.tlog.Checkpoint;

/**
 * The signed receipt of a filter run (format in {@code docs/guides/data-engineers.md},
 * "The receipt"):
 * {@code {"receipt":{...},"signature":{"type":"Ed25519","signer":"did:key:...","value":"<base64>"}}}
 * where the signature is over the UTF-8 bytes of the {@code receipt} member exactly as
 * written (compact, members in a fixed order).
 */
final class FilterReceipt {

	private FilterReceipt() {
	}

	static String write(String inputName, FilterSettings settings, Snapshot snapshot, FilterResult result,
			Instant finishedAt, CoopKey key) {
		StringBuilder json = new StringBuilder(1024);
		json.append("{\"type\":\"consent-registry-filter-receipt\",\"version\":1,\"engine\":");
		Json.quote(json, CrawlerBlockerCli.version());
		Json.quote(json.append(",\"input\":{\"name\":"), inputName);
		json.append(",\"sha256\":\"").append(result.inputSha256()).append("\",\"bytes\":").append(result.bytes());
		json.append(",\"lines\":").append(result.lines());
		Json.quote(json.append(",\"format\":"), settings.format());
		Json.quote(json.append(",\"urlField\":"), settings.urlField());
		Json.quote(json.append(",\"hashField\":"), settings.hashField()).append('}');
		snapshot(json, snapshot);
		json.append(",\"policy\":{\"unknown\":\"").append(settings.dropUnknown() ? "drop" : "keep").append("\"");
		json.append(",\"recipient\":");
		if (settings.recipient() != null) {
			Json.quote(json, settings.recipient());
		}
		else {
			json.append("null");
		}
		json.append(",\"commercial\":").append(settings.commercial());
		json.append(",\"at\":\"").append(settings.at()).append("\"}");
		json.append(",\"counts\":{\"kept\":").append(result.kept()).append(",\"dropped\":").append(result.dropped());
		json.append(",\"refused\":").append(result.refused()).append(",\"unknownDropped\":");
		json.append(result.unknownDropped()).append(",\"malformed\":").append(result.malformed()).append('}');
		json.append(",\"outputs\":{\"keptSha256\":\"").append(result.keptSha256());
		json.append("\",\"droppedSha256\":\"").append(result.droppedSha256()).append("\"}");
		json.append(",\"finishedAt\":\"").append(finishedAt).append("\"}");
		String receipt = json.toString();
		String signature = Base64.getEncoder().encodeToString(key.sign(receipt.getBytes(StandardCharsets.UTF_8)));
		StringBuilder out = new StringBuilder(receipt.length() + 200).append("{\"receipt\":").append(receipt);
		Json.quote(out.append(",\n\"signature\":{\"type\":\"Ed25519\",\"signer\":"), key.did());
		return out.append(",\"value\":\"").append(signature).append("\"}}\n").toString();
	}

	private static void snapshot(StringBuilder json, Snapshot snapshot) {
		Checkpoint checkpoint = snapshot.manifest().checkpoint();
		json.append(",\"snapshot\":{\"purpose\":\"").append(snapshot.manifest().purpose().token()).append("\"");
		Json.quote(json.append(",\"checkpoint\":{\"origin\":"), checkpoint.origin());
		json.append(",\"size\":").append(checkpoint.size()).append(",\"rootHash\":\"");
		json.append(Base64.getEncoder().encodeToString(checkpoint.rootHash())).append("\"}");
		json.append(",\"manifestSha256\":\"").append(snapshot.manifestSha256()).append("\"}");
	}

}
