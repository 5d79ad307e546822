package org.consentregistry.registry.surfaces;

import java.time.Instant;
import java.util.List;

import org.consentregistry.blocker.policy.ConsentRecord;
import org.consentregistry.blocker.policy.Effect;
import org.consentregistry.blocker.policy.Identifier;
import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.policy.Rule;
import org.consentregistry.registry.consent.AsOf;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.control.VerifiedControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SurfacesController.class)
class SurfacesControllerTests {

	static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EngineRecords records;

	@MockitoBean
	VerifiedControl control;

	@MockitoBean
	LogPoints points;

	@BeforeEach
	void records() {
		given(this.points.now()).willReturn(new AsOf(NOW, 2));
		given(this.control.verified(any(), any())).willReturn(true);
		given(this.control.verified(any(), any(), any())).willReturn(true);
		given(this.records.all())
			.willReturn(List.of(record("urn:uuid:1", "did:key:z6MkAda", "https://art.example/works/", Purpose.AI_TRAIN),
					record("urn:uuid:2", "did:key:z6MkBob", "https://art.example/notes/", Purpose.SEARCH)));
	}

	@Test
	void servesRobotsTxtForASite() throws Exception {
		this.mvc.perform(get("/sites/Art.Example/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/plain;charset=UTF-8"))
			.andExpect(content().string(containsString("User-agent: GPTBot")))
			.andExpect(content().string(containsString("Disallow: /works/")))
			.andExpect(content().string(containsString("Content-Usage: /works/ train-ai=n")));
	}

	@Test
	void servesOneCreatorsTermsOnly() throws Exception {
		this.mvc.perform(get("/creators/did:key:z6MkAda/sites/art.example/tdmrep.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/json"))
			.andExpect(jsonPath("$[0].location").value("/works/"))
			.andExpect(content().string(not(containsString("/notes/"))));
	}

	@Test
	void servesServerConfigsAsText() throws Exception {
		this.mvc.perform(get("/sites/art.example/nginx.conf"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("return 403;")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "localhost", "bad_domain.example", "a..example" })
	void refusesWhatIsNotADomainName(String domain) throws Exception {
		this.mvc.perform(get("/sites/{domain}/robots.txt", domain))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.type").value("https://w3id.org/consent-registry/problems/invalid-domain"));
	}

	@Test
	void answersNotFoundForAnUnknownFile() throws Exception {
		this.mvc.perform(get("/sites/art.example/passwd"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://w3id.org/consent-registry/problems/not-found"));
	}

	@Test
	void refusesACreatorThatIsNotADid() throws Exception {
		this.mvc.perform(get("/creators/ada/sites/art.example/robots.txt"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://w3id.org/consent-registry/problems/invalid-parameter"));
	}

	private static ConsentRecord record(String id, String issuer, String prefix, Purpose refused) {
		return new ConsentRecord(id, issuer, List.of(new Identifier.UrlPrefix(prefix)),
				List.of(Rule.of(Effect.PROHIBIT, refused)), Instant.parse("2026-01-01T00:00:00Z"), null, null, null);
	}

}
