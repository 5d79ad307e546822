package org.consentregistry.registry.consent.web;

import java.util.List;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.ConsentSubmissions;
import org.consentregistry.registry.consent.ConsentSubmissions.Submission;
import org.consentregistry.registry.consent.LimitsProperties;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.RecordStatus;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialException.Reason;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RecordController.class)
@EnableConfigurationProperties(LimitsProperties.class)
class RecordControllerTests {

	static final String ID = "0b6e9e6a-3c55-4d1e-9a57-0c6f7d1b2f01";

	static final String RECORD = "http://localhost:8080/records/" + ID;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ConsentSubmissions submissions;

	@MockitoBean
	ConsentRecords records;

	@MockitoBean
	LogPoints points;

	@Test
	void answersCreatedWithLocationAndSummary() throws Exception {
		given(this.submissions.submit(any(), anyString())).willReturn(new Submission(entry(), true, List.of(), null));
		submit(MediaType.parseMediaType("application/vc"), "{}").andExpect(status().isCreated())
			.andExpect(header().string("Location", RECORD))
			.andExpect(jsonPath("$.record").value(RECORD))
			.andExpect(jsonPath("$.status").value("current"))
			.andExpect(jsonPath("$.issuer").value("did:key:z6Mk"))
			.andExpect(jsonPath("$.work").value("urn:uuid:work"))
			.andExpect(jsonPath("$.received").value("2026-03-01T10:00:00Z"));
	}

	@Test
	void answersExistingRecordWithOk() throws Exception {
		given(this.submissions.submit(any(), anyString())).willReturn(new Submission(entry(), false, List.of(), null));
		submit(MediaType.parseMediaType("application/vc+ld+json"), "{}").andExpect(status().isOk())
			.andExpect(header().string("Location", RECORD));
	}

	static Stream<Arguments> refusals() {
		return Stream.of(Arguments.of(Reason.MALFORMED, 400, "malformed-credential"),
				Arguments.of(Reason.UNKNOWN_CONTEXT, 422, "unknown-context"),
				Arguments.of(Reason.UNSIGNED, 422, "unsigned-credential"),
				Arguments.of(Reason.UNKNOWN_CRYPTOSUITE, 422, "unknown-cryptosuite"),
				Arguments.of(Reason.BAD_SIGNATURE, 422, "bad-signature"),
				Arguments.of(Reason.UNRESOLVABLE_KEY, 422, "unresolvable-key"),
				Arguments.of(Reason.ISSUER_MISMATCH, 403, "issuer-mismatch"),
				Arguments.of(Reason.NOT_YET_VALID, 422, "not-yet-valid"), Arguments.of(Reason.EXPIRED, 422, "expired"));
	}

	@ParameterizedTest
	@MethodSource("refusals")
	void mapsEveryCredentialRefusalToItsProblem(Reason reason, int status, String slug) throws Exception {
		given(this.submissions.submit(any(), anyString()))
			.willThrow(new CredentialException(reason, "expected this but got that"));
		expectProblem(submit(MediaType.APPLICATION_JSON, "{}"), status, slug)
			.andExpect(jsonPath("$.detail").value("expected this but got that"));
	}

	@Test
	void rendersPipelineProblemsWithTheirExtensions() throws Exception {
		given(this.submissions.submit(any(), anyString()))
			.willThrow(new ProblemException(Problem.SUPERSEDED, "not current").with("current", RECORD));
		expectProblem(submit(MediaType.APPLICATION_JSON, "{}"), 409, "superseded")
			.andExpect(jsonPath("$.current").value(RECORD));
	}

	@Test
	void refusesUnsupportedContentType() throws Exception {
		expectProblem(submit(MediaType.TEXT_PLAIN, "{}"), 415, "unsupported-media-type");
	}

	@Test
	void refusesEmptyBody() throws Exception {
		expectProblem(submit(MediaType.APPLICATION_JSON, ""), 400, "malformed-credential");
	}

	@Test
	void refusesBodyLargerThanTheLimit() throws Exception {
		expectProblem(submit(MediaType.APPLICATION_JSON, " ".repeat(1024 * 1024 + 1)), 413, "body-too-large");
	}

	@Test
	void answersUnknownRecordForMalformedId() throws Exception {
		expectProblem(this.mvc.perform(get("/records/not-a-uuid")), 404, "unknown-record");
	}

	@Test
	void answersUnknownRecordForMissingRecord() throws Exception {
		given(this.records.find(new RecordId(ID))).willReturn(Optional.empty());
		expectProblem(this.mvc.perform(get("/records/" + ID).accept(MediaType.parseMediaType("text/turtle"))), 404,
				"unknown-record");
	}

	@Test
	void answersNotAcceptableForUnavailableRepresentation() throws Exception {
		given(this.records.find(new RecordId(ID))).willReturn(Optional.of(entry()));
		expectProblem(this.mvc.perform(get("/records/" + ID).accept(MediaType.IMAGE_PNG)), 406, "not-acceptable");
	}

	@Test
	void servesOriginalBytesForCredentialMediaTypes() throws Exception {
		given(this.records.find(new RecordId(ID))).willReturn(Optional.of(entry()));
		given(this.records.originalBytes(new RecordId(ID))).willReturn(Optional.of(new byte[] { '{', ' ', '}' }));
		this.mvc.perform(get("/records/" + ID).accept(MediaType.parseMediaType("application/ld+json")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/ld+json"))
			.andExpect(content().bytes(new byte[] { '{', ' ', '}' }));
	}

	@Test
	void answersNotAcceptableForUnknownFormat() throws Exception {
		given(this.records.find(new RecordId(ID))).willReturn(Optional.of(entry()));
		expectProblem(this.mvc.perform(get("/records/" + ID).param("format", "xml")), 406, "not-acceptable");
	}

	@Test
	void answersNotFoundForUnknownPaths() throws Exception {
		expectProblem(this.mvc.perform(get("/no-such-thing").accept(MediaType.APPLICATION_JSON)), 404, "not-found");
	}

	@Test
	void answersMethodNotAllowed() throws Exception {
		expectProblem(
				this.mvc.perform(
						org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/records/" + ID)),
				405, "method-not-allowed");
	}

	@Test
	void refusesOutOfBoundsPaging() throws Exception {
		expectProblem(this.mvc.perform(get("/records").param("limit", "1000")), 400, "invalid-parameter")
			.andExpect(jsonPath("$.parameter").value("limit"));
		expectProblem(this.mvc.perform(get("/records").param("offset", "-1")), 400, "invalid-parameter");
		expectProblem(this.mvc.perform(get("/records").param("issuer", "not a did")), 400, "invalid-parameter");
	}

	private ResultActions submit(MediaType type, String body) throws Exception {
		return this.mvc.perform(post("/records").contentType(type).content(body));
	}

	private static ResultActions expectProblem(ResultActions result, int status, String slug) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(Problem.BASE + slug))
			.andExpect(jsonPath("$.status").value(status));
	}

	static RecordEntry entry() {
		return new RecordEntry(new RecordId(ID), RECORD, "urn:uuid:" + ID, "ConsentCredential", "did:key:z6Mk",
				"urn:uuid:work", RecordStatus.CURRENT, Instant.parse("2026-03-01T10:00:00Z"), null, null, null, null,
				"application/vc", "00", 0L);
	}

}
