package org.consentregistry.blocker.surfaces;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The maintained list of AI crawlers: {@code agent-functions.tsv} beside the upstream
 * {@code robots.json} of ai.robots.txt (MIT; source and commit in
 * {@code agents/SOURCES.md}), with each agent's function.
 */
public final class AgentList {

	static final String RESOURCE = "agents/agent-functions.tsv";

	private final List<Agent> agents;

	AgentList(List<Agent> agents) {
		this.agents = List.copyOf(agents);
	}

	/** The list shipped with this library. */
	public static AgentList bundled() {
		try (InputStream in = AgentList.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("expected the resource " + RESOURCE + " on the classpath");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static AgentList parse(BufferedReader reader) throws IOException {
		List<Agent> agents = new ArrayList<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			if (columns.length < 3) {
				throw new IllegalStateException("expected token, function and operator, got '" + line + "'");
			}
			agents.add(new Agent(columns[0], AgentFunction.of(columns[1]), columns[2]));
		}
		return new AgentList(agents);
	}

	/** Every agent, in list order. */
	public List<Agent> agents() {
		return this.agents;
	}

	/** The agents with {@code function}, in list order. */
	public List<Agent> agents(AgentFunction function) {
		return this.agents.stream().filter((a) -> a.function() == function).toList();
	}

}
