package org.consentregistry.registry.pages;

import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordStatus;

/**
 * The sections that the record and work pages share, as HTML: the terms one row a
 * purpose, the identifiers and their control, the history of the versions and the
 * downloads (the signature and log section is {@link ProofSection}). Written in code
 * rather than by a template because a template evaluated some sixty expressions a page by
 * interpreted SpEL (docs/benchmarks.md, "Work page CPU"); the markup is the one the
 * templates made.
 */
final class RecordSections {

	private RecordSections() {
	}

	/**
	 * The sections from the terms to the history: terms, identifiers, signature and log,
	 * history.
	 */
	static void upToHistory(Html html, RecordView view) {
		terms(html, view);
		identifiers(html, view);
		ProofSection.write(html, view);
		history(html, view);
	}

	static void terms(Html html, RecordView view) {
		RecordEntry entry = view.entry();
		html.raw("<section aria-labelledby=\"terms-heading\">\n<h2 id=\"terms-heading\">Terms</h2>\n");
		if (entry.status() == RecordStatus.WITHDRAWN) {
			html.raw("<p class=\"notice\">The creator withdrew these terms\n\t")
				.raw(entry.isWithdrawal() ? "<span>(this version withdraws the consent terms)</span>" : "")
				.raw("; they no longer\n\tapply. They are shown as they stood before.</p>\n");
		}
		if (entry.status() == RecordStatus.SUPERSEDED) {
			html.raw("<p class=\"notice\">These terms were replaced by a newer\n\t"
					+ "version; see the history below.</p>\n");
		}
		html.raw("<table>\n\t<caption>What the creator allows, one row a purpose</caption>\n\t<thead><tr>"
				+ "<th scope=\"col\">Use</th><th scope=\"col\">Decision</th><th scope=\"col\">Conditions</th>"
				+ "</tr></thead>\n\t<tbody>\n");
		for (TermsRow row : view.terms()) {
			html.raw("\t<tr data-purpose=\"").text(row.purpose()).raw("\">\n\t\t<th scope=\"row\">").text(row.label());
			html.raw("</th>\n\t\t<td").raw(verdictClass(row.verdict())).raw(">").text(row.verdict());
			html.raw("</td>\n\t\t<td>").text(row.conditions().isEmpty() ? "–" : row.conditions());
			html.raw("</td>\n\t</tr>\n");
		}
		html.raw("\t</tbody>\n</table>\n<p class=\"meta\">A refusal of a broader purpose covers the narrower ones: "
				+ "text and data mining covers AI\n\ttraining, which covers generative AI training.</p>\n</section>\n");
	}

	private static String verdictClass(String verdict) {
		return switch (verdict) {
			case "Allowed" -> " class=\"verdict-allowed\"";
			case "Refused" -> " class=\"verdict-refused\"";
			default -> "";
		};
	}

	static void identifiers(Html html, RecordView view) {
		html.raw(
				"<section aria-labelledby=\"identifiers-heading\">\n<h2 id=\"identifiers-heading\">Identifiers</h2>\n");
		if (view.controlRows() == null) {
			html.raw("<ul>\n");
			for (String identifier : view.identifiers()) {
				html.raw("\t<li>").text(identifier).raw("</li>\n");
			}
			html.raw("</ul>\n");
		}
		else {
			html.raw("<table>\n\t<caption>What the terms cover, and whether the creator has proved control of it"
					+ "</caption>\n\t<thead><tr><th scope=\"col\">Identifier</th><th scope=\"col\">Proof of control</th>"
					+ "</tr></thead>\n\t<tbody>\n");
			for (ControlRows row : view.controlRows()) {
				html.raw("\t<tr>\n\t\t<td class=\"mono\">").text(row.identifier()).raw("</td>\n\t\t<td>");
				html.text(row.status()).raw("</td>\n\t</tr>\n");
			}
			html.raw("\t</tbody>\n</table>\n");
		}
		if (!view.conflicts().isEmpty()) {
			html.raw("<div>\n<h3>Conflicts</h3>\n<p>Records of other creators claim overlapping identifiers:</p>\n"
					+ "<ul class=\"conflicts\">\n");
			for (ControlRows.ConflictRow conflict : view.conflicts()) {
				html.raw("\t<li>\n\t\t<a href=\"").text(conflict.record()).raw("\">").text(conflict.record());
				html.raw("</a>\n\t\tby <span class=\"mono\">").text(conflict.issuer());
				html.raw("</span>\n\t\tclaims <span>").text(conflict.claims());
				html.raw("</span>\n\t\t(<span>").text(conflict.status()).raw("</span>)\n\t</li>\n");
			}
			html.raw("</ul>\n</div>\n");
		}
		html.raw("</section>\n");
	}

	static void history(Html html, RecordView view) {
		RecordEntry entry = view.entry();
		html.raw("<section aria-labelledby=\"history-heading\">\n<h2 id=\"history-heading\">History</h2>\n"
				+ "<table class=\"history\">\n\t<caption>Every version of these terms, oldest first</caption>\n"
				+ "\t<thead><tr><th scope=\"col\">Received</th><th scope=\"col\">Version</th>"
				+ "<th scope=\"col\">Status</th></tr></thead>\n\t<tbody>\n");
		for (RecordEntry version : view.history()) {
			html.raw("\t<tr>\n\t\t<td><a href=\"").link(recordPath(version));
			html.raw(version.record().equals(entry.record()) ? "\" aria-current=\"page\"><time" : "\"><time");
			html.raw("\n\t\t\tdatetime=\"").text(version.received()).raw("\">");
			html.text(ReadableTimes.text(version.received())).raw("</time></a></td>\n\t\t<td>");
			html.raw(version.isWithdrawal() ? "Withdrawal" : "Terms").raw("</td>\n\t\t<td>");
			html.raw(version.status().token()).raw("</td>\n\t</tr>\n");
		}
		html.raw("\t</tbody>\n</table>\n<p><a href=\"").link(recordPath(entry) + "/history");
		html.raw("\">History as JSON</a></p>\n</section>\n");
	}

	static void downloads(Html html, RecordView view) {
		String path = recordPath(view.entry());
		String uuid = view.entry().id().uuid();
		html.raw(
				"<section aria-labelledby=\"downloads-heading\">\n<h2 id=\"downloads-heading\">Downloads</h2>\n<ul>\n");
		html.raw("\t<li><a class=\"download-jsonld\" href=\"").link(path + "?format=jsonld");
		html.raw("\" download=\"")
			.text(uuid + ".jsonld")
			.raw("\">Signed credential (JSON-LD, as submitted)</a></li>\n");
		html.raw("\t<li><a class=\"download-turtle\" href=\"").link(path + "?format=ttl");
		html.raw("\" download=\"").text(uuid + ".ttl").raw("\">Turtle</a></li>\n");
		html.raw("\t<li><a href=\"").link(path + "?format=nt").raw("\">N-Triples</a></li>\n");
		html.raw("\t<li><a href=\"").link(path + "?format=nq").raw("\">N-Quads</a></li>\n</ul>\n</section>\n");
	}

	/** The path of a record's page, {@code /records/{uuid}}. */
	static String recordPath(RecordEntry entry) {
		return "/records/" + Html.segment(entry.id().uuid());
	}

}
