package org.consentregistry.blocker.surfaces;

/** The files a site can publish its terms in, with their names and media types. */
public enum SurfaceFormat {

	/** robots.txt groups, Content-Usage, Content-Signal and an RSL License line. */
	ROBOTS_TXT("robots.txt", "text/plain; charset=utf-8"),

	/** TDMRep {@code /.well-known/tdmrep.json}. */
	TDMREP_JSON("tdmrep.json", "application/json"),

	/** The ODRL policy (TDMRep profile) that {@code tdm-policy} points at. */
	TDM_POLICY("tdm-policy.json", "application/ld+json"),

	/** The HTTP response headers per path. */
	HEADERS("headers.txt", "text/plain; charset=utf-8"),

	/** HTML meta tags per path. */
	META_TAGS("meta.html", "text/html; charset=utf-8"),

	/** Spawning ai.txt. */
	AI_TXT("ai.txt", "text/plain; charset=utf-8"),

	/** RSL 1.0 license XML. */
	RSL_XML("rsl.xml", "application/rsl+xml"),

	/** nginx, for inclusion in a {@code server} block. */
	NGINX("nginx.conf", "text/plain; charset=utf-8"),

	/** Apache httpd 2.4, for inclusion in a virtual host. */
	APACHE("apache.conf", "text/plain; charset=utf-8"),

	/** Caddy, a Caddyfile snippet to import in a site block. */
	CADDY("Caddyfile", "text/plain; charset=utf-8"),

	/** HAProxy, lines for a {@code frontend} section. */
	HAPROXY("haproxy.cfg", "text/plain; charset=utf-8"),

	/** lighttpd, for inclusion in {@code lighttpd.conf}. */
	LIGHTTPD("lighttpd.conf", "text/plain; charset=utf-8");

	private final String fileName;

	private final String mediaType;

	SurfaceFormat(String fileName, String mediaType) {
		this.fileName = fileName;
		this.mediaType = mediaType;
	}

	/** The usual file name, e.g. {@code robots.txt}. */
	public String fileName() {
		return this.fileName;
	}

	/** The media type to serve it with. */
	public String mediaType() {
		return this.mediaType;
	}

	/** The format whose file name is {@code fileName}, if any. */
	public static java.util.Optional<SurfaceFormat> ofFileName(String fileName) {
		for (SurfaceFormat format : values()) {
			if (format.fileName.equals(fileName)) {
				return java.util.Optional.of(format);
			}
		}
		return java.util.Optional.empty();
	}

}
