package org.consentregistry.registry.pages;

import java.util.List;

import org.consentregistry.registry.consent.RecordEntry;

/**
 * The content of a work page's {@code main} element, as HTML (see
 * {@link RecordSections}): the work's title and creator, the status of its newest
 * version, the shared sections, the records of other issuers about the same work and the
 * downloads.
 */
final class WorkPageBody {

	/** About the length of a work page's main content, so the builder rarely grows. */
	private static final int EXPECTED_LENGTH = 8192;

	private WorkPageBody() {
	}

	/**
	 * @param contextPath the application's context path
	 * @param view the work's newest version
	 * @param others the newest versions of other issuers' records about the same work
	 */
	static String of(String contextPath, RecordView view, List<RecordEntry> others) {
		Html html = new Html(contextPath, EXPECTED_LENGTH);
		RecordEntry entry = view.entry();
		html.raw("\n<h1>").text(view.title()).raw("</h1>\n");
		if (view.work().creatorName() != null) {
			html.raw("<p>By <span>").text(view.work().creatorName()).raw("</span></p>\n");
		}
		html.raw("<p>Status: <span class=\"status\">").raw(entry.status().token());
		html.raw("</span>\n\t· <a href=\"").link(RecordSections.recordPath(entry));
		html.raw("\">This version's record</a></p>\n\n");
		RecordSections.upToHistory(html, view);
		if (!others.isEmpty()) {
			others(html, others);
		}
		RecordSections.downloads(html, view);
		return html.toString();
	}

	private static void others(Html html, List<RecordEntry> others) {
		html.raw("\n<section aria-labelledby=\"others-heading\">\n<h2 id=\"others-heading\">Other records about this "
				+ "work</h2>\n<p>Other signers have recorded terms for the same work id; they are not merged with "
				+ "these.</p>\n<ul>\n");
		for (RecordEntry other : others) {
			html.raw("\t<li><a href=\"").link(RecordSections.recordPath(other)).raw("\">").text(other.record());
			html.raw("</a>\n\t\tby <a class=\"mono\" href=\"").link(ProofSection.creatorPath(other.issuer()));
			html.raw("\">").text(other.issuer()).raw("</a>\n\t\t(<span>").raw(other.status().token());
			html.raw("</span>)</li>\n");
		}
		html.raw("</ul>\n</section>\n\n");
	}

}
