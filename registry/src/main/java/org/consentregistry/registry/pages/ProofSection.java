package org.consentregistry.registry.pages;

import org.consentregistry.registry.consent.RecordEntry;
import org.jspecify.annotations.Nullable;

/**
 * The signature and log section of the record and work pages, as HTML (see
 * {@link RecordSections}): who signed, when the signature was verified, the record's log
 * entry and whether a signed checkpoint includes it, the credential's hash and ids.
 */
final class ProofSection {

	private static final String URN_UUID = "urn:uuid:";

	private ProofSection() {
	}

	static void write(Html html, RecordView view) {
		RecordEntry entry = view.entry();
		html.raw("<section aria-labelledby=\"proof-heading\">\n<h2 id=\"proof-heading\">Signature and log</h2>\n<dl>\n"
				+ "\t<dt>Signed by</dt>\n\t<dd><a class=\"mono\" href=\"")
			.link(creatorPath(entry.issuer()))
			.raw("\">")
			.text(entry.issuer());
		html.raw("</a></dd>\n\t<dt>Signature</dt>\n\t<dd>Verified (Data Integrity, eddsa-rdfc-2022) when the registry "
				+ "received it on\n\t\t<time datetime=\"")
			.text(entry.received())
			.raw("\">")
			.text(ReadableTimes.text(entry.received()));
		html.raw(
				"</time>.\n\t\tDownload the signed credential below to verify it yourself.</dd>\n\t<dt>Log entry</dt>\n");
		log(html, view.log());
		html.raw("\t<dt>SHA-256 of the credential</dt><dd class=\"mono\">").text(entry.sha256());
		html.raw("</dd>\n\t<dt>Credential</dt><dd class=\"mono\">").text(entry.credential());
		html.raw("</dd>\n\t<dt>Record</dt><dd class=\"mono\">").text(entry.record());
		html.raw("</dd>\n\t<dt>Work</dt>\n\t<dd><a class=\"mono\" href=\"").link(workPath(entry.work()));
		html.raw("\">").text(entry.work()).raw("</a></dd>\n\t<dt>Media type of the work</dt><dd>");
		html.text(view.mediaType()).raw("</dd>\n</dl>\n</section>\n");
	}

	private static void log(Html html, RecordModel.@Nullable LogStatus log) {
		if (log == null) {
			html.raw("\t<dd>Recorded before the registry kept a log</dd>\n");
			return;
		}
		String index = Long.toString(log.index());
		html.raw("\t<dd>\n\t\tEntry <a href=\"").link("/log/entries/" + index).raw("\">").raw(index).raw("</a>");
		Long size = log.checkpointSize();
		if (size != null) {
			html.raw("<span>, included in the signed checkpoint of size\n\t\t\t<span>")
				.raw(size.toString())
				.raw("</span>:\n\t\t\t<a href=\"")
				.link("/log/proof/inclusion?index=" + index + "&size=" + size)
				.raw("\">inclusion proof</a></span>");
		}
		else {
			html.raw("<span>, waiting for the next signed checkpoint</span>");
		}
		html.raw("\n\t</dd>\n");
	}

	/** The path of a creator's page, {@code /creators/{did}}. */
	static String creatorPath(String issuer) {
		return "/creators/" + Html.segment(issuer);
	}

	/**
	 * The path of a work's page, {@code /works/{uuid}} for the work
	 * {@code urn:uuid:{uuid}} ({@code /works/} for a work named otherwise).
	 */
	static String workPath(String work) {
		return "/works/" + (work.startsWith(URN_UUID) ? Html.segment(work.substring(URN_UUID.length())) : "");
	}

}
