package org.consentregistry.registry.pages;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.consent.WorkDescription;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work page's content as {@link WorkPageBody} and {@link RecordSections} write it:
 * escaped text, links within the context path, balanced markup, and the parts that depend
 * on the record's status and history.
 */
class WorkPageBodyTests {

	static final String V1 = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	static final String V2 = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f02";

	static final String WORK = "urn:uuid:5d0f0000-0000-4000-8000-000000000001";

	static final String ISSUER = "did:key:z6MkExample";

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

	@Test
	void escapesTheWorksTextAndKeepsLinksWithinTheContextPath() throws Exception {
		WorkDescription work = work("<b>Harbour & \"dusk\"</b>", "O'Hara");
		RecordEntry current = entry(V1, "ConsentCredential", RecordStatus.CURRENT, JAN, 7L);
		String html = WorkPageBody.of("/registry", view(current, work, List.of(current), rows(), null), List.of());
		assertThat(html)
			.contains("<h1>&lt;b&gt;Harbour &amp; &quot;dusk&quot;&lt;/b&gt;</h1>", "By <span>O&#39;Hara</span>",
					"href=\"/registry/records/" + V1 + "\"", "href=\"/registry/records/" + V1 + "?format=ttl\"",
					"href=\"/registry/creators/" + ISSUER + "\"",
					"href=\"/registry/works/5d0f0000-0000-4000-8000-000000000001\"",
					"href=\"/registry/log/proof/inclusion?index=7&amp;size=8\"")
			.doesNotContain("<b>", "Other records about this work");
		assertWellFormed(html);
	}

	@Test
	void showsEachPurposeWithItsVerdictAndConditions() throws Exception {
		RecordEntry current = entry(V1, "ConsentCredential", RecordStatus.CURRENT, JAN, 0L);
		String html = WorkPageBody.of("", view(current, work("Harbour", null), List.of(current), rows(), null),
				List.of());
		assertThat(html)
			.contains(
					"<tr data-purpose=\"ai-train\">\n\t\t<th scope=\"row\">AI training</th>\n"
							+ "\t\t<td class=\"verdict-refused\">Refused</td>\n\t\t<td>credit the creator</td>",
					"<td class=\"verdict-allowed\">Allowed</td>", "<td>Not stated</td>\n\t\t<td>–</td>",
					"<td class=\"mono\">URL https://art.example/works/harbour.jpg</td>",
					", waiting for the next signed checkpoint")
			.doesNotContain("By <span>", "class=\"notice\"");
		assertWellFormed(html);
	}

	@Test
	void showsAWithdrawalWithItsNoticeTheIdentifiersAndTheWholeHistory() throws Exception {
		RecordEntry terms = entry(V1, "ConsentCredential", RecordStatus.WITHDRAWN, JAN, 0L);
		RecordEntry withdrawal = entry(V2, "ConsentWithdrawal", RecordStatus.WITHDRAWN, FEB, null);
		RecordEntry other = entry("0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f03", "ConsentCredential", RecordStatus.CURRENT,
				FEB, 2L);
		String html = WorkPageBody.of("",
				view(withdrawal, work("Harbour", "Ada"), List.of(terms, withdrawal), rows(), List.of()),
				List.of(other));
		assertThat(html)
			.contains("The creator withdrew these terms\n\t<span>(this version withdraws the consent terms)</span>",
					"<li>URL https://art.example/works/harbour.jpg</li>",
					"<a href=\"/records/" + V2 + "\" aria-current=\"page\"><time",
					"<a href=\"/records/" + V1 + "\"><time", "<td>Withdrawal</td>",
					"Recorded before the registry kept a log", "Other records about this work",
					"https://registry.example/records/0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f03</a>")
			.doesNotContain("Proof of control");
		assertWellFormed(html);
	}

	private static RecordView view(RecordEntry entry, WorkDescription work, List<RecordEntry> history,
			List<TermsRow> terms, @Nullable List<ControlRows> controlRows) {
		List<ControlRows> control = (controlRows != null) ? controlRows
				: List.of(new ControlRows("URL https://art.example/works/harbour.jpg", false, "control not verified"));
		boolean withdrawal = entry.isWithdrawal();
		Long index = entry.logIndex();
		return new RecordView(entry, work, List.of("URL https://art.example/works/harbour.jpg"), terms,
				withdrawal ? null : control, List.of(),
				(index != null) ? new RecordModel.LogStatus(index, (index > 0) ? index + 1 : null) : null, history,
				"{}");
	}

	private static List<TermsRow> rows() {
		Rule refusal = new Rule(Effect.PROHIBIT, Purpose.AI_TRAIN, Set.of(), null, null, List.of("attribute"));
		return TermsRow.of(List.of(refusal, Rule.of(Effect.PERMIT, Purpose.SEARCH)));
	}

	private static WorkDescription work(String title, @Nullable String creator) {
		return new WorkDescription(WORK, title, creator, "image/jpeg",
				List.of(new Identifier.ExactUrl("https://art.example/works/harbour.jpg")), List.of(), JAN, null);
	}

	private static RecordEntry entry(String uuid, String kind, RecordStatus status, Instant received,
			@Nullable Long logIndex) {
		return new RecordEntry(new RecordId(uuid), "https://registry.example/records/" + uuid, "urn:uuid:" + uuid, kind,
				ISSUER, WORK, status, received, received, null, null, null, "application/vc", "ab".repeat(32),
				logIndex);
	}

	/** Every element closed and nested in order (the sections use no void elements). */
	private static void assertWellFormed(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(("<main>" + html + "</main>").getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getElementsByTagName("section").getLength()).isGreaterThanOrEqualTo(5);
	}

}
