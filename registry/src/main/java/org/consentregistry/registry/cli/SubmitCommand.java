package org.consentregistry.registry.cli;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.consentregistry.blocker.cli.CliException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code submit}: sends a signed credential to a registry and prints the record's IRI.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
		description = "Submit a signed consent credential to a registry; prints the record IRI.")
final class SubmitCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "CREDENTIAL", description = "the signed credential (JSON-LD file)")
	Path credential;

	@Option(names = { "-r", "--registry" }, defaultValue = "http://localhost:8080",
			description = "the registry's base URL (default: ${DEFAULT-VALUE})")
	URI registry;

	@Option(names = "--timeout", defaultValue = "PT30S",
			description = "how long to wait for the registry (default: ${DEFAULT-VALUE})")
	Duration timeout;

	@Option(names = "--receipt", paramLabel = "FILE",
			description = "write the registry's receipt (log entry, inclusion proof, signed checkpoint) to FILE, "
					+ "for verify-receipt")
	@Nullable Path receipt;

	@Option(names = "--verbose", description = "print stack traces of failures")
	boolean verbose;

	@Override
	public Integer call() throws CliException {
		byte[] body = Output.read(this.credential);
		HttpResponse<String> response = post(body);
		if (response.statusCode() == 200 || response.statusCode() == 201) {
			String location = response.headers().firstValue("Location").orElse("(no Location header)");
			if (this.receipt != null) {
				writeReceipt(response.body(), this.receipt);
			}
			this.spec.commandLine().getOut().println(location);
			this.spec.commandLine().getOut().flush();
			return RegistryCli.OK;
		}
		throw new CliException(RegistryCli.REFUSED,
				"refused (HTTP " + response.statusCode() + "): " + problem(response));
	}

	private HttpResponse<String> post(byte[] body) throws CliException {
		URI target = this.registry.resolve("/records");
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(this.timeout)
			.header("Content-Type", "application/vc")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		HttpClient client = HttpClient.newBuilder().connectTimeout(this.timeout).build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new CliException(RegistryCli.IO, "cannot reach " + target + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CliException(RegistryCli.IO, "interrupted while waiting for " + target, ex);
		}
	}

	private void writeReceipt(String body, Path file) throws CliException {
		JsonObject receipt;
		try (JsonReader reader = Json.createReader(new StringReader(body))) {
			receipt = reader.readObject().getJsonObject("receipt");
		}
		catch (JsonException | IllegalStateException | ClassCastException ex) {
			receipt = null;
		}
		if (receipt == null) {
			throw new CliException(RegistryCli.REFUSED, "the registry's answer holds no receipt");
		}
		Output.write(this.spec, file, receipt.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String problem(HttpResponse<String> response) {
		try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
			JsonObject problem = reader.readObject();
			String title = problem.getString("title", "");
			String detail = problem.getString("detail", "");
			String type = problem.getString("type", "");
			return (title + (detail.isEmpty() ? "" : ": " + detail) + (type.isEmpty() ? "" : " [" + type + "]"))
				.strip();
		}
		catch (JsonException | IllegalStateException | ClassCastException ex) {
			return response.body().lines().findFirst().orElse("");
		}
	}

}
