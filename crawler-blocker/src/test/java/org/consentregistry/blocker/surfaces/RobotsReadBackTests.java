package org.consentregistry.blocker.surfaces;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.consentregistry.blocker.policy.Purpose;
import org.consentregistry.blocker.robots.RobotsTxt;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated robots.txt (and ai.txt) read back by this project's reader and by
 * Python's {@code urllib.robotparser}: each listed agent is disallowed exactly on the
 * paths whose terms refuse its function's purposes, and allowed elsewhere; other crawlers
 * only where search is refused.
 */
class RobotsReadBackTests {

	private static final String PYTHON = """
			import sys, urllib.robotparser
			parser = urllib.robotparser.RobotFileParser()
			with open(sys.argv[1], encoding="utf-8") as f:
			    parser.parse(f.read().splitlines())
			bad = 0
			with open(sys.argv[2], encoding="utf-8") as f:
			    for line in f:
			        agent, url, expected, exactness = line.rstrip("\\n").split("\\t")
			        actual = "allowed" if parser.can_fetch(agent, url) else "disallowed"
			        if actual != expected and (exactness == "exact" or expected == "disallowed"):
			            bad += 1
			            print(agent, url, "expected", expected, "got", actual)
			print("checked")
			sys.exit(1 if bad else 0)
			""";

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "bundled", "hostile" })
	void listedAgentsAreDisallowedExactlyWhereTheTermsRefuse(String list) throws Exception {
		Surfaces surfaces = list.equals("bundled") ? Surfaces.bundled() : Fixtures.hostileSurfaces();
		AgentList agents = list.equals("bundled") ? AgentList.bundled() : Fixtures.hostileAgents();
		SiteTerms terms = ExampleSite.terms();
		String robots = surfaces.write(SurfaceFormat.ROBOTS_TXT, terms);
		List<String[]> cases = cases(terms, agents);
		RobotsTxt ours = RobotsTxt.parse(robots);
		for (String[] c : cases) {
			String actual = ours.allowed(RobotsTxt.productToken(c[0]), c[1]) ? "allowed" : "disallowed";
			if (c[3].equals("exact") || c[2].equals("disallowed")) {
				assertThat(actual).as("%s %s", c[0], c[1]).isEqualTo(c[2]);
			}
		}
		assertThat(python(robots, cases)).contains("checked");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bundled" })
	void aiTxtDisallowsWhereGenerativeTrainingIsRefused(String list) throws Exception {
		SiteTerms terms = ExampleSite.terms();
		RobotsTxt aiTxt = RobotsTxt.parse(Surfaces.bundled().write(SurfaceFormat.AI_TXT, terms));
		for (Scope scope : terms.scopes()) {
			boolean refused = terms.scopes()
				.stream()
				.anyMatch((s) -> s.stance(List.of(Purpose.GENAI_TRAIN)).refuses() && scope.within(s));
			assertThat(aiTxt.allowed("AnyBot", "https://art.example" + scope.path())).as(scope.path())
				.isEqualTo(!refused);
		}
	}

	/**
	 * Agent, URL, expected outcome, exactness: for every agent, every scope and a free
	 * path. Exact for agents whose name is an RFC 9309 product token that no other listed
	 * name contains or is contained in (robots.txt readers merge groups by product token,
	 * urllib.robotparser matches by substring): for the others only the refusals are
	 * checked, since they may also get the groups of similar names.
	 */
	private static List<String[]> cases(SiteTerms terms, AgentList agents) {
		List<String[]> cases = new ArrayList<>();
		List<String> paths = new ArrayList<>(terms.scopes().stream().map(Scope::path).toList());
		paths.add("/about/index.html");
		for (Agent agent : agents.agents()) {
			if (agent.plain() && !agent.token().contains("/") && !agent.token().contains(" ")) {
				for (String path : paths) {
					cases.add(new String[] { agent.token(), "https://art.example" + path,
							refused(terms, agent.function().purposes(), path) ? "disallowed" : "allowed",
							distinct(agent, agents) ? "exact" : "refusals" });
				}
			}
		}
		for (String path : paths) {
			cases.add(new String[] { "SomeSearchEngine", "https://art.example" + path,
					refused(terms, List.of(Purpose.SEARCH), path) ? "disallowed" : "allowed", "exact" });
		}
		return cases;
	}

	private static boolean distinct(Agent agent, AgentList agents) {
		String name = agent.token().toLowerCase(java.util.Locale.ROOT);
		return RobotsTxt.productToken(name).equals(name) && agents.agents()
			.stream()
			.map((a) -> a.token().toLowerCase(java.util.Locale.ROOT))
			.noneMatch((other) -> !other.equals(name) && (other.contains(name) || name.contains(other)));
	}

	private static boolean refused(SiteTerms terms, List<Purpose> purposes, String path) {
		return terms.scopes()
			.stream()
			.anyMatch((s) -> s.stance(purposes).refuses() && path.startsWith(s.prefixPattern()));
	}

	private String python(String robots, List<String[]> cases) throws Exception {
		Path robotsFile = Files.writeString(this.dir.resolve("robots.txt"), robots, StandardCharsets.UTF_8);
		StringBuilder lines = new StringBuilder();
		cases.forEach((c) -> lines.append(String.join("\t", c)).append('\n'));
		Path casesFile = Files.writeString(this.dir.resolve("cases.tsv"), lines, StandardCharsets.UTF_8);
		return RealPrograms.run(this.dir, Map.of(), RealPrograms.find("python3").toString(), "-c", PYTHON,
				robotsFile.toString(), casesFile.toString());
	}

}
