package org.consentregistry.registry.control;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on loopback for control checks: serves fixed bodies and redirects per
 * path, a slow path and an endless one.
 */
final class TestWebServer implements AutoCloseable {

	/** Never answers within any check's time limit. */
	static final String SLOW = "/slow";

	/** Streams bytes until the client goes away. */
	static final String ENDLESS = "/endless";

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final Map<String, String> bodies = new ConcurrentHashMap<>();

	private final Map<String, String> redirects = new ConcurrentHashMap<>();

	TestWebServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	String url(String path) {
		return "http://localhost:" + port() + path;
	}

	TestWebServer serve(String path, String body) {
		this.bodies.put(path, body);
		return this;
	}

	TestWebServer redirect(String path, String location) {
		this.redirects.put(path, location);
		return this;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		try (exchange) {
			if (SLOW.equals(path)) {
				sleep();
			}
			String location = this.redirects.get(path);
			if (location != null) {
				exchange.getResponseHeaders().set("Location", location);
				exchange.sendResponseHeaders(302, -1);
				return;
			}
			if (ENDLESS.equals(path)) {
				endless(exchange);
				return;
			}
			String body = this.bodies.get(path);
			byte[] bytes = (body != null) ? body.getBytes(StandardCharsets.UTF_8)
					: "not here".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders((body != null) ? 200 : 404, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
	}

	private static void endless(HttpExchange exchange) throws IOException {
		exchange.sendResponseHeaders(200, 0);
		byte[] chunk = new byte[8192];
		OutputStream out = exchange.getResponseBody();
		for (int i = 0; i < 1_000_000; i++) {
			out.write(chunk);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(30_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
