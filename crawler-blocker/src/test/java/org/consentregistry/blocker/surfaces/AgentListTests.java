package org.consentregistry.blocker.surfaces;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled crawler list classifies exactly the agents of upstream robots.json. */
class AgentListTests {

	private static final Pattern TOP_LEVEL_KEY = Pattern.compile("(?m)^    \"((?:[^\"\\\\]|\\\\.)*)\": \\{$");

	@Test
	void everyUpstreamAgentHasAFunctionAndNoOtherIsListed() throws Exception {
		List<String> upstream = keys(Fixtures.resource("agents/robots.json"));
		List<String> classified = AgentList.bundled().agents().stream().map(Agent::token).toList();
		assertThat(upstream).hasSize(166);
		assertThat(classified).containsExactlyElementsOf(upstream);
	}

	@Test
	void everyFunctionHasAgents() {
		for (AgentFunction function : AgentFunction.values()) {
			assertThat(AgentList.bundled().agents(function)).as(function.token()).isNotEmpty();
		}
	}

	@Test
	void hostileNamesAreNotPlain() throws Exception {
		List<String> notPlain = Fixtures.hostileAgents()
			.agents()
			.stream()
			.filter((a) -> !a.plain())
			.map(Agent::token)
			.toList();
		assertThat(notPlain).contains("curl|sudo bash", "2^32$", "a[mazing]{42}(robot)", "star***crawler",
				"Is this a crawler?");
		assertThat(keys(Fixtures.resource("hostile/robots.json"))).hasSize(47);
	}

	static List<String> keys(String json) {
		List<String> keys = new ArrayList<>();
		Matcher matcher = TOP_LEVEL_KEY.matcher(json);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

}
