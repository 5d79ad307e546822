package org.consentregistry.registry.consent.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.consentregistry.registry.consent.AsOf;
import org.consentregistry.registry.consent.ConsentRecords;
import org.consentregistry.registry.consent.ConsentSubmissions;
import org.consentregistry.registry.consent.ConsentSubmissions.Submission;
import org.consentregistry.registry.consent.LimitsProperties;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.consent.RecordEntry;
import org.consentregistry.registry.consent.RecordId;
import org.consentregistry.registry.consent.RecordPage;
import org.consentregistry.registry.consent.RecordQuery;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Consent records over HTTP: submit a signed credential, read a record in any of its
 * representations, list records of an issuer or a work, and follow a record's history;
 * the reads also as the registry stood at a past time or log size ({@code at},
 * {@code logSize}).
 */
@RestController
@RequestMapping("/records")
class RecordController {

	/** The link relation of a record's control status and conflicts. */
	static final String CONTROL_RELATION = "https://w3id.org/consent-registry/rel/control";

	private final ConsentSubmissions submissions;

	private final ConsentRecords records;

	private final LimitsProperties limits;

	private final ContentNegotiationManager negotiation;

	private final LogPoints points;

	RecordController(ConsentSubmissions submissions, ConsentRecords records, LimitsProperties limits,
			ContentNegotiationManager negotiation, LogPoints points) {
		this.submissions = submissions;
		this.records = records;
		this.limits = limits;
		this.negotiation = negotiation;
		this.points = points;
	}

	@PostMapping(consumes = { "application/vc", "application/vc+ld+json", "application/ld+json", "application/json" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RecordJson.Submitted> submit(HttpServletRequest request,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType) throws IOException, CredentialException {
		byte[] body = BoundedBody.read(request, this.limits.maxBodyBytes().toBytes());
		Submission submission = this.submissions.submit(body, contentType.toString());
		RecordEntry entry = submission.entry();
		return ResponseEntity.status(submission.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create(entry.record()))
			.body(RecordJson.Submitted.of(entry, submission.warnings(), submission.receipt()));
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> record(@PathVariable String id, @RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String logSize, HttpServletRequest request)
			throws HttpMediaTypeNotAcceptableException {
		RecordEntry entry = find(id, this.points.parse(at, logSize));
		List<MediaType> acceptable = this.negotiation.resolveMediaTypes(new ServletWebRequest(request));
		MediaType type = RecordRepresentations.choose(acceptable, MediaType.parseMediaType(entry.mediaType()))
			.orElseThrow(() -> new ProblemException(Problem.NOT_ACCEPTABLE,
					"Expected Accept to allow a credential media type or Turtle, N-Triples or N-Quads"));
		byte[] body = RecordRepresentations.isRdf(type)
				? RecordRepresentations.write(this.records.graph(entry.id()).orElseThrow(), entry.record(), type)
				: this.records.originalBytes(entry.id()).orElseThrow();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.header(HttpHeaders.LINK, "<" + entry.record() + "/control>; rel=\"" + CONTROL_RELATION + "\"")
			.body(body);
	}

	@GetMapping(path = "/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
	RecordJson.History history(@PathVariable String id, @RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String logSize) {
		AsOf asOf = this.points.parse(at, logSize);
		RecordEntry entry = find(id, asOf);
		List<RecordEntry> versions = (asOf != null) ? this.records.history(entry.id(), asOf)
				: this.records.history(entry.id());
		return new RecordJson.History(entry.record(), versions.stream().map(RecordJson::of).toList(),
				(asOf != null) ? asOf.at().toString() : null, (asOf != null) ? asOf.logSize() : null);
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	RecordJson.Listing list(@RequestParam(required = false) @Nullable String issuer,
			@RequestParam(required = false) @Nullable String work, @RequestParam(defaultValue = "20") String limit,
			@RequestParam(defaultValue = "0") String offset, @RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String logSize) {
		RecordQuery query = RecordListing.query(issuer, work, limit, offset);
		AsOf asOf = this.points.parse(at, logSize);
		RecordPage page = this.records.search(query, asOf);
		return new RecordJson.Listing(page.records().stream().map(RecordJson::of).toList(), page.total(), page.limit(),
				page.offset(), (asOf != null) ? asOf.at().toString() : null, (asOf != null) ? asOf.logSize() : null);
	}

	private RecordEntry find(String id, @Nullable AsOf asOf) {
		RecordEntry entry = RecordId.parse(id)
			.flatMap(this.records::find)
			.orElseThrow(() -> new ProblemException(Problem.UNKNOWN_RECORD, "No record has the id '" + id + "'"));
		return (asOf != null) ? this.records.asOf(entry, asOf).orElseThrow(() -> notYetRecorded(entry, asOf)) : entry;
	}

	static ProblemException notYetRecorded(RecordEntry entry, AsOf asOf) {
		return new ProblemException(Problem.NOT_YET_RECORDED,
				"Expected a record received by " + asOf.at() + " (log size " + asOf.logSize() + ") but "
						+ entry.record() + " was received at " + entry.received())
			.with("at", asOf.at().toString())
			.with("logSize", asOf.logSize());
	}

}
