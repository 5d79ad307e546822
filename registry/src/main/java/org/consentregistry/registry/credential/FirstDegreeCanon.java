package org.consentregistry.registry.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.apicatalog.rdf.nquads.NQuadsAlphabet;

/**
 * RDFC-1.0 with SHA-256 for the common case in which every blank node has its own
 * first-degree hash (§4.4.3 steps 1 to 5 then issue every identifier in hash order, §4.6,
 * and §4.4.3 step 7), written as the library writes it: the library re-serialises every
 * blank node quad at each comparison of its final sort, which was a sixth of a
 * verification. When two blank nodes share a hash (the graph needs Hash N-Degree Quads),
 * when a statement repeats or links a blank node to itself, or when the library would
 * exceed the work limit, the caller leaves the dataset to the library. A differential
 * test compares both on the RDFC-1.0 suite, the conformance documents and mutated
 * credentials.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/#canon-algorithm">RDFC-1.0 §4.4</a>
 */
final class FirstDegreeCanon {

	private static final HexFormat HEX = HexFormat.of();

	private FirstDegreeCanon() {
	}

	/**
	 * The canonical N-Quads of a dataset, or empty if this shortcut does not apply.
	 * @param workLimit the library's work limit (see {@link WorkLimit}); empty if the
	 * library would count more work units than that
	 */
	static Optional<String> canonicalize(List<Statement> statements, long workLimit) {
		Map<String, List<Statement>> byBlank = new HashMap<>();
		Set<Statement> distinct = new HashSet<>();
		long work = 3;
		for (Statement statement : statements) {
			boolean blankSubject = Statement.isBlank(statement.subject());
			boolean blankObject = statement.hasBlankObject();
			if (!distinct.add(statement)
					|| (blankSubject && blankObject && statement.subject().equals(statement.object()))) {
				return Optional.empty();
			}
			if (blankSubject) {
				work += add(byBlank, statement.subject(), statement);
			}
			if (blankObject) {
				work += add(byBlank, statement.object(), statement);
			}
		}
		// the library ticks once per blank node quad and once per blank node when all
		// hashes differ
		if (work > workLimit) {
			return Optional.empty();
		}
		Map<String, String> byHash = new TreeMap<>();
		for (Map.Entry<String, List<Statement>> entry : byBlank.entrySet()) {
			if (byHash.put(hashFirstDegree(entry.getKey(), entry.getValue()), entry.getKey()) != null) {
				return Optional.empty();
			}
		}
		Map<String, String> canonical = new HashMap<>();
		for (String blank : byHash.values()) {
			canonical.put(blank, "_:c14n" + canonical.size());
		}
		return Optional.of(sortedLines(statements, canonical::get));
	}

	/** Adds a statement to a blank node's list: 2 work units for a new node, else 1. */
	private static int add(Map<String, List<Statement>> byBlank, String blank, Statement statement) {
		List<Statement> list = byBlank.get(blank);
		if (list == null) {
			byBlank.put(blank, new ArrayList<>(List.of(statement)));
			return 2;
		}
		list.add(statement);
		return 1;
	}

	/** §4.6 Hash First Degree Quads. */
	private static String hashFirstDegree(String blank, List<Statement> statements) {
		UnaryOperator<String> label = (other) -> other.equals(blank) ? "_:a" : "_:z";
		String[] lines = new String[statements.size()];
		for (int i = 0; i < lines.length; i++) {
			lines[i] = line(statements.get(i), label);
		}
		Arrays.sort(lines);
		MessageDigest sha256 = sha256();
		for (String line : lines) {
			sha256.update(line.getBytes(StandardCharsets.UTF_8));
		}
		return HEX.formatHex(sha256.digest());
	}

	private static String sortedLines(List<Statement> statements, UnaryOperator<String> label) {
		String[] lines = new String[statements.size()];
		int length = 0;
		for (int i = 0; i < lines.length; i++) {
			lines[i] = line(statements.get(i), label);
			length += lines[i].length();
		}
		Arrays.sort(lines);
		StringBuilder nquads = new StringBuilder(length);
		for (String line : lines) {
			nquads.append(line);
		}
		return nquads.toString();
	}

	/** One N-Quads line as the library's {@code NQuadsWriter} writes it. */
	static String line(Statement statement, UnaryOperator<String> blankLabel) {
		StringBuilder line = new StringBuilder(128);
		term(line, statement.subject(), blankLabel).append(' ');
		line.append('<').append(statement.predicate()).append("> ");
		String datatype = statement.datatype();
		if (datatype == null) {
			term(line, statement.object(), blankLabel);
		}
		else {
			line.append('"').append(escape(statement.object())).append('"');
			if (statement.language() != null) {
				line.append('@').append(statement.language());
			}
			else if (!ExpandedRdf.XSD_STRING.equals(datatype)) {
				line.append("^^<").append(datatype).append('>');
			}
		}
		return line.append(" .\n").toString();
	}

	private static StringBuilder term(StringBuilder line, String term, UnaryOperator<String> blankLabel) {
		return Statement.isBlank(term) ? line.append(blankLabel.apply(term))
				: line.append('<').append(term).append('>');
	}

	/** The library's escaping, which changes only quotes, backslashes and controls. */
	private static String escape(String literal) {
		for (int i = 0; i < literal.length(); i++) {
			char c = literal.charAt(i);
			if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
				return NQuadsAlphabet.escape(literal);
			}
		}
		return literal;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
