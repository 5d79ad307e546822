package org.consentregistry.registry.sparql;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.consentregistry.registry.consent.TestConsentCredentials;
import org.consentregistry.registry.credential.SigningKey;
import org.consentregistry.registry.credential.TestCredentials;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.RegistryHttp;
import org.consentregistry.registry.system.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPARQL endpoint over HTTP with Jena's own SPARQL 1.1 Protocol client, against real
 * submitted credentials: every result format, GET and POST, the protocol dataset, update
 * refusal, syntax errors, the limits, and the form's examples.
 */
@RegistryIntegrationTest(properties = { "registry.base-uri=https://registry.example", "registry.sparql.timeout=2s",
		"registry.sparql.max-results=1000", "registry.sparql.max-query-length=5000" })
class SparqlIntegrationTests {

	static final String RECORDS = "https://registry.example/records/";

	static final String PREFIXES = SparqlExample.PREFIXES;

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	@Autowired
	RegistryHttp http;

	String endpoint;

	/** The work submitted, then updated. */
	static String updatedWork;

	/** Its first version, refusing genai-train. */
	static String updatedFirst;

	/** Its second version, refusing tdm. */
	static String updatedSecond;

	/** Submits the test data once, the first time. */
	@BeforeEach
	void submitCredentials() {
		this.http = new RegistryHttp(this.port);
		this.endpoint = "http://localhost:" + this.port + "/sparql";
		if (updatedWork != null) {
			return;
		}
		SigningKey creator = TestCredentials.CREATOR;
		String work = TestConsentCredentials.newId();
		updatedFirst = submit(creator, work, JAN, null, "genai-train");
		updatedSecond = submit(creator, work, FEB, updatedFirst, "tdm");
		submit(creator, TestConsentCredentials.newId(), JAN, null, "ai-train");
		String withdrawnWork = TestConsentCredentials.newId();
		String withdrawn = submit(creator, withdrawnWork, JAN, null, null);
		String withdrawal = TestConsentCredentials.newId();
		post(TestConsentCredentials.withdrawal(withdrawal, creator.did(), withdrawnWork, FEB, withdrawn), creator);
		submit(TestCredentials.OTHER_CREATOR, TestConsentCredentials.newId(), JAN, null, "genai-train");
		updatedWork = work;
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
			"text/tab-separated-values" })
	void selectsInEveryResultFormatByGetAndByBothKindsOfPost(String accept) {
		String query = PREFIXES + "SELECT ?record ?status WHERE { GRAPH <urn:consent-registry:registry> "
				+ "{ ?record cr:status ?status } } ORDER BY ?record";
		for (QuerySendMode mode : List.of(QuerySendMode.asGetAlways, QuerySendMode.asPostForm, QuerySendMode.asPost)) {
			try (QueryExecution exec = QueryExecutionHTTP.service(this.endpoint)
				.query(query)
				.sendMode(mode)
				.acceptHeader(accept)
				.build()) {
				List<String> records = ResultSetFormatter.toList(exec.execSelect())
					.stream()
					.map((row) -> row.get("record").toString())
					.toList();
				assertThat(records).as(mode + " " + accept)
					.hasSizeGreaterThanOrEqualTo(6)
					.allMatch((iri) -> iri.startsWith(RECORDS));
			}
		}
	}

	@Test
	void answersTheContentTypeAskedForAndVariesOnAccept() {
		String query = encoded("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
		HttpResponse<byte[]> csv = this.http.get("/sparql?query=" + query, "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> t.startsWith("text/csv"));
		assertThat(csv.headers().allValues("Vary")).anyMatch((vary) -> vary.contains("Accept"));
		assertThat(RegistryHttp.text(csv)).startsWith("s,p,o");
		HttpResponse<byte[]> anything = this.http.get("/sparql?query=" + query, "*/*");
		assertThat(anything.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> t.startsWith("application/sparql-results+json"));
		HttpResponse<byte[]> tsv = this.http.get("/sparql?query=" + query + "&format=tsv", "application/json");
		assertThat(tsv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> t.startsWith("text/tab-separated-values"));
		assertThat(RegistryHttp.text(tsv)).startsWith("?s\t?p\t?o");
		HttpResponse<byte[]> ask = this.http.get("/sparql?query=" + encoded("ASK { ?s ?p ?o }"), "text/csv");
		assertThat(RegistryHttp.text(ask)).isEqualToIgnoringNewLines("_askResulttrue");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/sparql-results+json", "application/sparql-results+xml" })
	void asks(String accept) {
		try (QueryExecution yes = QueryExecutionHTTP.service(this.endpoint)
			.query("ASK { GRAPH <" + RECORDS + uuid(updatedFirst) + "> { ?s ?p ?o } }")
			.acceptHeader(accept)
			.build();
				QueryExecution no = QueryExecutionHTTP.service(this.endpoint)
					.query("ASK { GRAPH <" + RECORDS + "00000000-0000-4000-8000-000000000000> { ?s ?p ?o } }")
					.acceptHeader(accept)
					.build()) {
			assertThat(yes.execAsk()).isTrue();
			assertThat(no.execAsk()).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/turtle", "application/ld+json", "application/n-triples", "application/n-quads",
			"application/rdf+xml" })
	void constructsAndDescribesInEveryRdfFormat(String accept) {
		String record = RECORDS + uuid(updatedFirst);
		try (RDFConnection connection = RDFConnectionRemote.newBuilder()
			.destination("http://localhost:" + this.port)
			.queryEndpoint("sparql")
			.acceptHeaderGraph(accept)
			.build()) {
			Graph constructed = connection
				.queryConstruct(PREFIXES + "CONSTRUCT { ?work cr:refuses ?action } WHERE { GRAPH <" + record
						+ "> { ?work odrl:hasPolicy/odrl:prohibition/odrl:action ?action } }")
				.getGraph();
			assertThat(constructed.contains(NodeFactory.createURI(updatedWork),
					NodeFactory.createURI("https://w3id.org/consent-registry/vocab#refuses"),
					NodeFactory.createURI("https://w3id.org/consent-registry/vocab#generativeAiTraining")))
				.as(accept)
				.isTrue();
			Graph described = connection.queryDescribe("DESCRIBE <" + record + ">").getGraph();
			assertThat(described.contains(NodeFactory.createURI(record),
					NodeFactory.createURI("https://w3id.org/consent-registry/vocab#status"),
					NodeFactory.createURI("https://w3id.org/consent-registry/vocab#Superseded")))
				.as(accept)
				.isTrue();
		}
	}

	@Test
	void describesTheResourcesAPatternFindsWithTheirBlankNodes() {
		try (RDFConnection connection = connection()) {
			Graph described = connection
				.queryDescribe(PREFIXES + "DESCRIBE ?work WHERE { GRAPH <" + RECORDS + uuid(updatedSecond)
						+ "> { ?work a cr:Work } }")
				.getGraph();
			assertThat(described.find(NodeFactory.createURI(updatedWork), null, null).toList()).isNotEmpty();
			// The policy is a blank node: its rules come with it.
			assertThat(described.find(null, NodeFactory.createURI("http://www.w3.org/ns/odrl/2/action"), null).toList())
				.isNotEmpty();
		}
	}

	@Test
	void theProtocolDatasetReplacesTheQuerysOwn() {
		String first = RECORDS + uuid(updatedFirst);
		String query = PREFIXES + "SELECT DISTINCT ?action FROM <" + RECORDS + uuid(updatedSecond)
				+ "> WHERE { ?work odrl:hasPolicy/odrl:prohibition/odrl:action ?action }";
		try (QueryExecution exec = QueryExecutionHTTP.service(this.endpoint)
			.query(query)
			.addDefaultGraphURI(first)
			.build()) {
			assertThat(ResultSetFormatter.toList(exec.execSelect()))
				.extracting((row) -> row.getResource("action").getLocalName())
				.containsExactly("generativeAiTraining");
		}
		try (QueryExecution exec = QueryExecutionHTTP.service(this.endpoint)
			.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
			.addNamedGraphURI(first)
			.sendMode(QuerySendMode.asPostForm)
			.build()) {
			assertThat(ResultSetFormatter.toList(exec.execSelect())).extracting((row) -> row.getResource("g").getURI())
				.containsExactly(first);
		}
	}

	@Test
	void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
		String union = PREFIXES + "SELECT (COUNT(DISTINCT ?record) AS ?n) WHERE { ?record cr:status cr:Current }";
		String registry = PREFIXES + "SELECT (COUNT(DISTINCT ?record) AS ?n) WHERE { GRAPH "
				+ "<urn:consent-registry:registry> { ?record cr:status cr:Current } }";
		String works = PREFIXES + "SELECT (COUNT(DISTINCT ?work) AS ?n) WHERE { ?work a cr:Work }";
		String workGraphs = PREFIXES
				+ "SELECT (COUNT(DISTINCT ?work) AS ?n) WHERE { GRAPH ?record { ?work a cr:Work } }";
		assertThat(count(union)).isEqualTo(count(registry)).isGreaterThanOrEqualTo(4);
		assertThat(count(works)).isEqualTo(count(workGraphs)).isGreaterThanOrEqualTo(3);
	}

	private int count(String query) {
		try (QueryExecution exec = QueryExecutionHTTP.service(this.endpoint).query(query).build()) {
			return exec.execSelect().next().getLiteral("n").getInt();
		}
	}

	@Test
	void refusesUpdatesOfEveryKind() {
		String update = "INSERT DATA { <urn:example:s> <urn:example:p> <urn:example:o> }";
		assertRefusedUpdate(
				this.http.post("/sparql", "application/sparql-update", update.getBytes(StandardCharsets.UTF_8)));
		assertRefusedUpdate(this.http.post("/sparql", "application/x-www-form-urlencoded",
				("update=" + encoded(update)).getBytes(StandardCharsets.UTF_8)));
		assertRefusedUpdate(this.http.get("/sparql?query=" + encoded(update), "application/sparql-results+json"));
		assertRefusedUpdate(
				this.http.post("/sparql", "application/sparql-query", update.getBytes(StandardCharsets.UTF_8)));
		try (RDFConnection connection = connection()) {
			org.assertj.core.api.Assertions.assertThatException()
				.isThrownBy(() -> connection.update(update))
				.withMessageContaining("403");
		}
		try (QueryExecution exec = QueryExecutionHTTP.service(this.endpoint)
			.query("ASK { <urn:example:s> ?p ?o }")
			.build()) {
			assertThat(exec.execAsk()).isFalse();
		}
	}

	@Test
	void refusesFederatedQueriesWithoutCallingTheService() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		service.createContext("/", (exchange) -> {
			calls.incrementAndGet();
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
		});
		service.start();
		try {
			String remote = "<http://127.0.0.1:" + service.getAddress().getPort() + "/sparql>";
			for (String query : List.of("SELECT * WHERE { SERVICE " + remote + " { ?s ?p ?o } }",
					"SELECT * WHERE { { SELECT ?s WHERE { SERVICE SILENT " + remote + " { ?s ?p ?o } } } }",
					"ASK { ?s ?p ?o FILTER EXISTS { SERVICE " + remote + " { ?s ?p ?o } } }",
					"DESCRIBE ?s WHERE { SERVICE " + remote + " { ?s ?p ?o } }")) {
				assertProblem(this.http.get("/sparql?query=" + encoded(query), "*/*"), Problem.SPARQL_SERVICE_REFUSED);
			}
		}
		finally {
			service.stop(0);
		}
		assertThat(calls).hasValue(0);
	}

	@Test
	void answersASyntaxErrorWithTheParsersMessageAndPosition() {
		HttpResponse<byte[]> response = this.http.get(
				"/sparql?query=" + encoded("SELECT *\nWHERE {\n  ?s ?p ?o .\n  ?s ?p ?o2 ?o3\n}"),
				"application/sparql-results+json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = RegistryHttp.json(response);
		assertThat(problem.get("type").asString()).isEqualTo(Problem.SPARQL_SYNTAX.type().toString());
		assertThat(problem.get("line").asInt()).as(problem.toString()).isEqualTo(4);
		assertThat(problem.get("column").asInt()).as(problem.toString()).isEqualTo(13);
		assertThat(problem.get("detail").asString()).contains("line 4, column 13");
	}

	@Test
	void refusesUnacceptableFormatsTooLongQueriesAndMissingQueries() {
		String select = encoded("SELECT * WHERE { ?s ?p ?o } LIMIT 1");
		assertProblem(this.http.get("/sparql?query=" + select, "image/png"), Problem.NOT_ACCEPTABLE);
		assertProblem(this.http.get("/sparql?query=" + select + "&format=ttl", "*/*"), Problem.NOT_ACCEPTABLE);
		assertProblem(this.http.get("/sparql?query=" + encoded("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"),
				"application/sparql-results+json"), Problem.NOT_ACCEPTABLE);
		String longQuery = "SELECT * WHERE { ?s ?p ?o }" + " ".repeat(5000);
		assertProblem(this.http.post("/sparql", "application/sparql-query", longQuery.getBytes(StandardCharsets.UTF_8)),
				Problem.SPARQL_QUERY_TOO_LONG);
		assertProblem(this.http.get("/sparql", "application/sparql-results+json"), Problem.INVALID_PARAMETER);
		assertProblem(this.http.post("/sparql", "text/plain", "ASK {}".getBytes(StandardCharsets.UTF_8)),
				Problem.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void refusesAnAnswerLargerThanTheLimitWithoutWaitingForTheTimeout() {
		long started = System.nanoTime();
		HttpResponse<byte[]> response = this.http.get(
				"/sparql?query=" + encoded("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
				"application/sparql-results+json");
		assertProblem(response, Problem.SPARQL_TOO_MANY_RESULTS);
		assertThat(RegistryHttp.json(response).get("maxResults").asInt()).isEqualTo(1000);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT);
		assertProblem(this.http.get("/sparql?query=" + encoded("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"),
				"text/turtle"), Problem.SPARQL_TOO_MANY_RESULTS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }",
			"SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:example:p>|!<urn:example:p>)* ?b . ?c (<urn:example:p>|!<urn:example:p>)* ?d }" })
	void cancelsAnExplosiveQueryAtTheTimeoutWhileTheServerKeepsAnswering(String explosive) throws Exception {
		long started = System.nanoTime();
		CompletableFuture<HttpResponse<byte[]>> running = CompletableFuture
			.supplyAsync(() -> this.http.get("/sparql?query=" + encoded(explosive), "application/sparql-results+json"));
		Thread.sleep(300);
		assertThat(running).isNotDone();
		assertThat(timed(() -> this.http.get("/sparql?query=" + encoded("ASK { ?s ?p ?o }"), "text/csv").statusCode()))
			.isLessThan(Duration.ofMillis(1000));
		assertThat(timed(() -> submit(TestCredentials.CREATOR, TestConsentCredentials.newId(), JAN, null, "tdm")))
			.isLessThan(Duration.ofMillis(1500));
		HttpResponse<byte[]> response = running.get();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertProblem(response, Problem.SPARQL_TIMEOUT);
		assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(TIMEOUT.plusMillis(1500));
		assertThat(RegistryHttp.json(response).get("timeoutMillis").asLong()).isEqualTo(2000);
		try (QueryExecution after = QueryExecutionHTTP.service(this.endpoint).query("ASK { ?s ?p ?o }").build()) {
			assertThat(after.execAsk()).isTrue();
		}
	}

	@Test
	void everyExampleOfTheFormAnswersWithData() {
		for (SparqlExample example : SparqlExample.ALL) {
			try (QueryExecution exec = QueryExecutionHTTP.service(this.endpoint).query(example.query()).build()) {
				long size = exec.getQuery().isConstructType() ? exec.execConstruct().size()
						: ResultSetFormatter.consume(exec.execSelect());
				assertThat(size).as(example.id()).isPositive();
			}
			HttpResponse<byte[]> link = this.http.get(
					"/sparql?query=" + encoded(example.query()) + "&format=" + example.format(),
					"text/html,application/xhtml+xml,*/*;q=0.8");
			assertThat(link.statusCode()).as(example.id()).isEqualTo(200);
		}
	}

	@Test
	void showsAnAccessibleQueryFormWithTheExamples() {
		HttpResponse<byte[]> page = this.http.get("/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> t.startsWith("text/html"));
		String html = RegistryHttp.text(page);
		assertThat(html)
			.contains("<html lang=\"en\"", "<h1>", "<label for=\"query\">", "id=\"query\" name=\"query\"",
					"<label for=\"format\">", "action=\"/sparql\" method=\"get\"")
			.doesNotContain("<script");
		for (SparqlExample example : SparqlExample.ALL) {
			assertThat(html).contains("/sparql?example=" + example.id(), example.title());
		}
		String history = RegistryHttp.text(this.http.get("/sparql?example=history", "text/html"));
		assertThat(history).contains("FILTER EXISTS { ?later cr:work ?work ; cr:replaces ?replaced }");
	}

	private void assertRefusedUpdate(HttpResponse<byte[]> response) {
		assertProblem(response, Problem.SPARQL_UPDATE_REFUSED);
	}

	private static void assertProblem(HttpResponse<byte[]> response, Problem expected) {
		assertThat(response.statusCode()).as(RegistryHttp.text(response)).isEqualTo(expected.status().value());
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(RegistryHttp.json(response).get("type").asString()).isEqualTo(expected.type().toString());
	}

	private RDFConnection connection() {
		return RDFConnectionRemote.newBuilder()
			.destination("http://localhost:" + this.port)
			.queryEndpoint("sparql")
			.updateEndpoint("sparql")
			.build();
	}

	private String submit(SigningKey key, String work, Instant validFrom, String replaces, String refused) {
		String id = TestConsentCredentials.newId();
		post(TestConsentCredentials.consent(id, key.did(), work, validFrom, replaces, refused), key);
		return id;
	}

	private void post(String unsigned, SigningKey key) {
		HttpResponse<byte[]> created = this.http.post("/records", "application/vc",
				TestConsentCredentials.signed(unsigned, key));
		assertThat(created.statusCode()).as(RegistryHttp.text(created)).isEqualTo(201);
	}

	private static Duration timed(Runnable action) {
		long started = System.nanoTime();
		action.run();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static String uuid(String credentialId) {
		return credentialId.substring("urn:uuid:".length());
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
