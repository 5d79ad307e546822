package org.consentregistry.registry;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.consentregistry.blocker.tlog.Checkpoint;
import org.consentregistry.blocker.tlog.NoteVerifier;
import org.consentregistry.blocker.tlog.ProofVerifier;
import org.consentregistry.blocker.tlog.SignedNote;
import org.consentregistry.registry.credential.CredentialException;
import org.consentregistry.registry.credential.CredentialSigner;
import org.consentregistry.registry.credential.SigningKey;
import org.consentregistry.registry.demo.ExampleWorks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry is killed with SIGKILL while thousands of submissions are in flight, and
 * started again on the same data directory: every submission it had answered 201 is there
 * and readable, and nothing else is half-written.
 */
class CrashRecoveryIntegrationTests {

	private static final int SUBMISSIONS = 5000;

	private static final int KILL_AFTER_ANSWERS = 500;

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path dataDir;

	private Process registry;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.registry != null) {
			this.registry.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void everyAnsweredSubmissionSurvivesSigkillWithThousandsInFlight() throws Exception {
		List<byte[]> credentials = signed(SUBMISSIONS);
		int port = freePort();
		this.registry = start(port, "first");
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		Set<String> created = ConcurrentHashMap.newKeySet();
		Set<String> checkpoints = ConcurrentHashMap.newKeySet();
		AtomicInteger answered = new AtomicInteger();
		CompletableFuture<Void> enough = new CompletableFuture<>();
		List<CompletableFuture<?>> inFlight = new ArrayList<>();
		for (byte[] credential : credentials) {
			inFlight.add(client.sendAsync(post(port, credential), HttpResponse.BodyHandlers.ofString())
				.thenAccept((response) -> {
					if (response.statusCode() == 201) {
						JsonNode body = json.readTree(response.body());
						created.add(body.get("record").asString());
						checkpoints.add(body.get("receipt").get("checkpoint").asString());
					}
					if (answered.incrementAndGet() >= KILL_AFTER_ANSWERS) {
						enough.complete(null);
					}
				}));
		}
		enough.get(240, TimeUnit.SECONDS);
		long pending = inFlight.stream().filter((future) -> !future.isDone()).count();
		this.registry.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		Set<String> answeredBeforeKill = Set.copyOf(created);
		assertThat(pending).as("submissions in flight at the kill").isGreaterThanOrEqualTo(2000);
		assertThat(answeredBeforeKill).hasSizeGreaterThan(KILL_AFTER_ANSWERS / 2);

		this.registry = start(port, "second");
		for (String record : answeredBeforeKill) {
			HttpResponse<String> read = client.send(get(URI.create(record + "?format=nq")),
					HttpResponse.BodyHandlers.ofString());
			assertThat(read.statusCode()).as(record).isEqualTo(200);
			assertThat(read.body()).as(record).contains("<" + record + ">");
		}
		long records = json
			.readTree(
					client
						.send(get(URI.create("http://127.0.0.1:" + port + "/records?limit=1")),
								HttpResponse.BodyHandlers.ofString())
						.body())
			.get("total")
			.asLong();
		assertThat(records).isGreaterThanOrEqualTo(answeredBeforeKill.size()).isLessThanOrEqualTo(SUBMISSIONS);

		List<NoteVerifier> keys = new ArrayList<>();
		for (String line : client
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/.well-known/consent-registry/log-keys"))
				.header("Accept", "text/plain")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body()
			.split("\n")) {
			if (!line.isBlank()) {
				keys.add(NoteVerifier.parse(line.trim()));
			}
		}
		HttpResponse<String> after = client.send(post(port, signed(1).get(0)), HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
		SignedNote newNote = SignedNote.parse(json.readTree(after.body()).get("receipt").get("checkpoint").asString());
		newNote.verify(keys);
		Checkpoint newest = Checkpoint.parse(newNote.text());
		assertThat(newest.size()).as("log size after the restart and one more record").isEqualTo(records + 1);
		assertThat(checkpoints).as("checkpoints seen before the kill").isNotEmpty();
		for (String note : checkpoints) {
			SignedNote old = SignedNote.parse(note);
			old.verify(keys);
			Checkpoint before = Checkpoint.parse(old.text());
			JsonNode proof = json.readTree(client
				.send(get(URI.create("http://127.0.0.1:" + port + "/log/proof/consistency?from=" + before.size()
						+ "&to=" + newest.size())), HttpResponse.BodyHandlers.ofString())
				.body());
			List<byte[]> hashes = new ArrayList<>();
			proof.get("consistencyProof").forEach((hash) -> hashes.add(Base64.getDecoder().decode(hash.asString())));
			ProofVerifier.verifyConsistency(before.size(), newest.size(), hashes, before.rootHash(), newest.rootHash());
		}
	}

	private Process start(int port, String name) throws IOException, InterruptedException {
		Path log = this.dataDir.resolveSibling(this.dataDir.getFileName() + "-" + name + ".log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-cp", System.getProperty("java.class.path"), RegistryApplication.class.getName(),
				"--server.port=" + port, "--registry.base-uri=http://127.0.0.1:" + port,
				"--registry.graph.data-dir=" + this.dataDir, "--spring.main.banner-mode=off",
				"--server.tomcat.accept-count=8192", "--server.tomcat.max-connections=10000",
				"--logging.level.root=WARN")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plusSeconds(300);
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as(() -> "registry exited: " + read(log)).isTrue();
			try {
				if (client
					.send(get(URI.create("http://127.0.0.1:" + port + "/consent-registry/context/v1")),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		// Never leave a registry running behind a failed test.
		process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		throw new AssertionError("The registry did not start within 300 s: " + read(log));
	}

	private static String read(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static HttpRequest post(int port, byte[] credential) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/records"))
			.header("Content-Type", "application/vc")
			.timeout(Duration.ofSeconds(300))
			.POST(HttpRequest.BodyPublishers.ofByteArray(credential))
			.build();
	}

	private static HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build();
	}

	private static List<byte[]> signed(int count) {
		SigningKey key = SigningKey.generate();
		ExampleWorks works = new ExampleWorks(key.did(), "crash-" + Instant.now().toEpochMilli());
		CredentialSigner signer = new CredentialSigner();
		Instant created = Instant.parse("2026-01-01T00:00:00Z");
		return IntStream.range(0, count).parallel().mapToObj((i) -> {
			try {
				return signer.sign(works.credential(i).toString().getBytes(StandardCharsets.UTF_8), key, created);
			}
			catch (CredentialException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
