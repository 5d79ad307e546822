package org.consentregistry.blocker.surfaces;

/**
 * Writes a site's terms in every surface format. Thread-safe.
 */
public final class Surfaces {

	private final AgentList agents;

	private final SignalMappings mappings;

	public Surfaces(AgentList agents, SignalMappings mappings) {
		this.agents = agents;
		this.mappings = mappings;
	}

	/** With the bundled crawler list and mappings. */
	public static Surfaces bundled() {
		return new Surfaces(AgentList.bundled(), SignalMappings.bundled());
	}

	/** The file of {@code format} for {@code terms}, ending with a line break. */
	public String write(SurfaceFormat format, SiteTerms terms) {
		Inputs in = new Inputs(terms, this.agents, this.mappings);
		return switch (format) {
			case ROBOTS_TXT -> RobotsTxtWriter.write(in);
			case TDMREP_JSON -> TdmRepWriter.write(in);
			case TDM_POLICY -> TdmRepWriter.policy(in);
			case HEADERS -> HeaderFilesWriter.headers(in);
			case META_TAGS -> HeaderFilesWriter.metaTags(in);
			case AI_TXT -> HeaderFilesWriter.aiTxt(in);
			case RSL_XML -> RslWriter.write(in);
			case NGINX -> NginxWriter.write(in);
			case APACHE -> ApacheWriter.write(in);
			case CADDY -> CaddyWriter.write(in);
			case HAPROXY -> HaproxyWriter.write(in);
			case LIGHTTPD -> LighttpdWriter.write(in);
		};
	}

}
