package org.consentregistry.registry.bulkcheck;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * A raw HTTP/1.1 client for streaming tests: sends a chunked request body piece by piece
 * when the test says so, and reads the chunked answer line by line meanwhile, so a test
 * can see answers arrive before it has finished sending.
 */
final class StreamingClient implements Closeable {

	private final Socket socket;

	private final OutputStream out;

	private final InputStream in;

	private long chunkLeft;

	private boolean ended;

	StreamingClient(int port, String path) throws IOException {
		this.socket = new Socket("localhost", port);
		this.socket.setSoTimeout(120_000);
		this.out = this.socket.getOutputStream();
		this.in = new BufferedInputStream(this.socket.getInputStream());
		this.out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
				+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		this.out.flush();
	}

	/** Sends {@code bytes} as one chunk of the body. */
	void send(byte[] bytes) throws IOException {
		this.out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		this.out.write(bytes);
		this.out.write(CRLF);
		this.out.flush();
	}

	/** Ends the body. */
	void finish() throws IOException {
		this.out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		this.out.flush();
	}

	/** Reads the status line and headers; the status code. */
	int status() throws IOException {
		String status = headerLine();
		String header = status;
		while (!header.isEmpty()) {
			header = headerLine();
		}
		return Integer.parseInt(status.split(" ")[1]);
	}

	/** The next line of the answer body, or {@code null} at its end. */
	@Nullable String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = bodyByte()) >= 0 && b != '\n') {
			line.write(b);
		}
		return (b < 0 && line.size() == 0) ? null : line.toString(StandardCharsets.UTF_8);
	}

	private int bodyByte() throws IOException {
		if (this.ended) {
			return -1;
		}
		if (this.chunkLeft == 0) {
			String size = headerLine();
			if (size.isEmpty()) {
				size = headerLine();
			}
			this.chunkLeft = Long.parseLong(size.split(";")[0].trim(), 16);
			if (this.chunkLeft == 0) {
				this.ended = true;
				return -1;
			}
		}
		int b = this.in.read();
		if (b < 0) {
			throw new EOFException("the connection ended inside a chunk");
		}
		this.chunkLeft--;
		return b;
	}

	private String headerLine() throws IOException {
		StringBuilder line = new StringBuilder();
		int b;
		while ((b = this.in.read()) >= 0 && b != '\n') {
			if (b != '\r') {
				line.append((char) b);
			}
		}
		if (b < 0 && line.isEmpty()) {
			throw new EOFException("the connection ended");
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private static final byte[] CRLF = { '\r', '\n' };

}
