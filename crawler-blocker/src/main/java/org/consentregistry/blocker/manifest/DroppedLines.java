package org.consentregistry.blocker.manifest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.consentregistry.blocker.json.Json;
import org.consentregistry.blocker.policy.Decision;
import org.consentregistry.blocker.policy.Evidence;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Rule;

/**
 * Writes the dropped output, one JSON object a line: {@code line} (1-based, in the
 * input), {@code reason} ({@code refused}, {@code unknown} or {@code malformed}),
 * {@code detail} for malformed lines, the {@code decisions} with their evidence, and the
 * {@code item} (the input line: as JSON for a JSONL object, as a string otherwise).
 */
final class DroppedLines {

	private static final byte[] END = { '}', '\n' };

	private final OutputStream out;

	private final StringBuilder json = new StringBuilder(512);

	DroppedLines(OutputStream out) {
		this.out = out;
	}

	void malformed(long line, String detail, byte[] b, int start, int end) throws IOException {
		this.json.setLength(0);
		this.json.append("{\"line\":").append(line).append(",\"reason\":\"malformed\",\"detail\":");
		Json.quote(this.json, detail).append(",\"item\":");
		Json.quote(this.json, new String(b, start, end - start, StandardCharsets.UTF_8)).append("}\n");
		flush();
	}

	void dropped(long line, String reason, List<Decision> decisions, byte[] b, int start, int end, boolean jsonItem)
			throws IOException {
		this.json.setLength(0);
		this.json.append("{\"line\":")
			.append(line)
			.append(",\"reason\":\"")
			.append(reason)
			.append("\",\"decisions\":[");
		for (int i = 0; i < decisions.size(); i++) {
			decision((i > 0) ? this.json.append(',') : this.json, decisions.get(i));
		}
		this.json.append("],\"item\":");
		if (jsonItem) {
			int from = start;
			int to = end;
			while (from < to && space(b[from])) {
				from++;
			}
			while (to > from && space(b[to - 1])) {
				to--;
			}
			flush();
			this.out.write(b, from, to - from);
			this.out.write(END);
			return;
		}
		Json.quote(this.json, new String(b, start, end - start, StandardCharsets.UTF_8));
		this.json.append("}\n");
		flush();
	}

	/**
	 * Whether {@code c} is JSON white space (all a valid JSON line has around its
	 * object).
	 */
	private static boolean space(byte c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n';
	}

	private static void decision(StringBuilder json, Decision decision) {
		json.append("{\"answer\":\"").append(decision.answer().token()).append("\",\"decidedBy\":\"");
		json.append(decision.decidedBy()).append("\",\"evidence\":[");
		List<Evidence> evidence = decision.evidence();
		for (int i = 0; i < evidence.size(); i++) {
			Evidence e = evidence.get(i);
			Json.quote(json.append((i > 0) ? ",{\"record\":" : "{\"record\":"), e.recordId());
			Json.quote(json.append(",\"issuer\":"), e.issuer());
			identifier(json.append(",\"matchedBy\":"), e.matchedBy());
			rule(json.append(",\"rule\":"), e.rule());
			json.append(",\"controlVerified\":").append(e.controlVerified()).append('}');
		}
		json.append("]}");
	}

	private static void identifier(StringBuilder json, Identifier identifier) {
		if (identifier instanceof Identifier.ExactUrl exact) {
			Json.quote(json.append("{\"type\":\"ExactUrl\",\"url\":"), exact.url()).append('}');
		}
		else if (identifier instanceof Identifier.UrlPrefix prefix) {
			Json.quote(json.append("{\"type\":\"UrlPrefix\",\"urlPrefix\":"), prefix.prefix()).append('}');
		}
		else if (identifier instanceof Identifier.Domain domain) {
			Json.quote(json.append("{\"type\":\"Domain\",\"domain\":"), domain.host());
			json.append(",\"includeSubdomains\":").append(domain.includeSubdomains()).append('}');
		}
		else if (identifier instanceof Identifier.Sha256 sha256) {
			json.append("{\"type\":\"ContentHash\",\"sha256\":\"").append(sha256.hex()).append("\"}");
		}
	}

	private static void rule(StringBuilder json, Rule rule) {
		json.append("{\"effect\":\"")
			.append((rule.effect() == org.consentregistry.blocker.policy.Effect.PROHIBIT) ? "prohibition"
					: "permission");
		json.append("\",\"purpose\":\"").append(rule.purpose().token()).append("\"}");
	}

	private void flush() throws IOException {
		this.out.write(this.json.toString().getBytes(StandardCharsets.UTF_8));
	}

}
