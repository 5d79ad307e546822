package org.consentregistry.blocker.surfaces;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated server config passes the check mode of the real program, inside a
 * minimal wrapper config: nginx -t, apache2ctl -t, haproxy -c, caddy validate, lighttpd
 * -tt. Both for the bundled crawler list and for the list of hostile names.
 */
class ServerConfigIntegrationTests {

	@TempDir
	Path dir;

	static Stream<Arguments> configs() throws Exception {
		Stream.Builder<Arguments> configs = Stream.builder();
		for (String list : new String[] { "bundled", "hostile" }) {
			Surfaces surfaces = list.equals("bundled") ? Surfaces.bundled() : Fixtures.hostileSurfaces();
			for (SurfaceFormat format : new SurfaceFormat[] { SurfaceFormat.NGINX, SurfaceFormat.APACHE,
					SurfaceFormat.HAPROXY, SurfaceFormat.CADDY, SurfaceFormat.LIGHTTPD }) {
				configs.add(Arguments.of(format, list, surfaces.write(format, ExampleSite.terms())));
			}
		}
		return configs.build();
	}

	@ParameterizedTest(name = "{0} with the {1} crawler list")
	@MethodSource("configs")
	void realProgramAcceptsTheConfig(SurfaceFormat format, String list, String config) throws Exception {
		Path file = this.dir.resolve(format.fileName());
		Files.writeString(file, config, StandardCharsets.UTF_8);
		String output = switch (format) {
			case NGINX -> nginx(file);
			case APACHE -> apache(file);
			case HAPROXY -> haproxy(file);
			case CADDY -> caddy(file);
			case LIGHTTPD -> lighttpd(file);
			default -> throw new IllegalArgumentException(format.name());
		};
		assertThat(output).doesNotContainIgnoringCase("warn");
	}

	private String nginx(Path file) throws Exception {
		Path tmp = Files.createDirectories(this.dir.resolve("tmp"));
		Path wrapper = write("nginx-wrapper.conf",
				"pid " + this.dir.resolve("nginx.pid") + ";\nerror_log " + this.dir.resolve("error.log")
						+ ";\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path " + tmp
						+ ";\n  proxy_temp_path " + tmp + ";\n  fastcgi_temp_path " + tmp + ";\n  uwsgi_temp_path "
						+ tmp + ";\n  scgi_temp_path " + tmp
						+ ";\n  server {\n    listen 127.0.0.1:18080;\n    include " + file + ";\n  }\n}\n");
		return RealPrograms.run(this.dir, Map.of(), RealPrograms.find("nginx").toString(), "-t", "-q", "-c",
				wrapper.toString(), "-p", this.dir.toString(), "-e", this.dir.resolve("error.log").toString());
	}

	private String apache(Path file) throws Exception {
		String modules = "/usr/lib/apache2/modules/";
		Path wrapper = write("apache-wrapper.conf", "ServerRoot " + this.dir + "\nDefaultRuntimeDir " + this.dir
				+ "\nPidFile " + this.dir.resolve("httpd.pid") + "\nErrorLog " + this.dir.resolve("error.log")
				+ "\nServerName localhost\nLoadModule mpm_event_module " + modules + "mod_mpm_event.so\n"
				+ "LoadModule authz_core_module " + modules + "mod_authz_core.so\nLoadModule headers_module " + modules
				+ "mod_headers.so\nListen 127.0.0.1:18081\n<VirtualHost 127.0.0.1:18081>\n    Include " + file
				+ "\n</VirtualHost>\n");
		return RealPrograms.run(this.dir, Map.of(), RealPrograms.find("apache2ctl", "apachectl").toString(), "-t", "-f",
				wrapper.toString());
	}

	private String haproxy(Path file) throws Exception {
		Path wrapper = write("haproxy-wrapper.cfg",
				"defaults\n    mode http\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\n"
						+ "frontend web\n    bind 127.0.0.1:18082\n" + Files.readString(file)
						+ "    default_backend app\nbackend app\n    server app 127.0.0.1:18083\n");
		return RealPrograms.run(this.dir, Map.of(), RealPrograms.find("haproxy").toString(), "-c", "-f",
				wrapper.toString());
	}

	private String caddy(Path file) throws Exception {
		Path wrapper = write("Caddyfile.wrapper",
				Files.readString(file) + "http://127.0.0.1:18084 {\n\timport consent_registry\n\trespond \"ok\"\n}\n");
		Map<String, String> home = Map.of("HOME", this.dir.toString(), "XDG_DATA_HOME", this.dir.toString(),
				"XDG_CONFIG_HOME", this.dir.toString());
		String output = RealPrograms.run(this.dir, home, RealPrograms.find("caddy").toString(), "validate", "--config",
				wrapper.toString(), "--adapter", "caddyfile");
		assertThat(output).contains("Valid configuration");
		return "";
	}

	private String lighttpd(Path file) throws Exception {
		Path root = Files.createDirectories(this.dir.resolve("www"));
		Path wrapper = write("lighttpd-wrapper.conf",
				"server.document-root = \"" + root + "\"\nserver.port = 18085\nserver.bind = \"127.0.0.1\"\n"
						+ "server.modules += ( \"mod_access\", \"mod_setenv\" )\ninclude \"" + file + "\"\n");
		return RealPrograms.run(this.dir, Map.of(), RealPrograms.find("lighttpd").toString(), "-tt", "-f",
				wrapper.toString());
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(this.dir.resolve(name), content, StandardCharsets.UTF_8);
	}

}
