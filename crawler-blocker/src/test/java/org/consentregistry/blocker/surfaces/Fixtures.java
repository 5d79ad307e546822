package org.consentregistry.blocker.surfaces;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The crawler lists the tests use besides the bundled one. */
final class Fixtures {

	private Fixtures() {
	}

	/** The 47 agents of ai.robots.txt's escaping test file, hostile names included. */
	static AgentList hostileAgents() throws IOException {
		try (InputStream in = Fixtures.class.getResourceAsStream("hostile/agent-functions.tsv")) {
			return AgentList.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
	}

	static Surfaces hostileSurfaces() throws IOException {
		return new Surfaces(hostileAgents(), SignalMappings.bundled());
	}

	static String resource(String name) throws IOException {
		try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
