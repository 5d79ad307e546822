package org.consentregistry.registry.surfaces;

import java.util.Locale;
import java.util.regex.Pattern;

import org.consentregistry.blocker.surfaces.SiteTerms;
import org.consentregistry.blocker.surfaces.SurfaceFormat;
import org.consentregistry.blocker.surfaces.Surfaces;
import org.consentregistry.blocker.url.UrlFormatException;
import org.consentregistry.blocker.url.UrlNormalizer;
import org.consentregistry.registry.consent.AsOf;
import org.consentregistry.registry.consent.EngineRecords;
import org.consentregistry.registry.consent.LogPoints;
import org.consentregistry.registry.control.VerifiedControl;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A site's terms ({@code /sites/{domain}/{file}}) or one creator's terms on a site
 * ({@code /creators/{did}/sites/{domain}/{file}}) in every surface format, now or as the
 * registry stood at {@code at} or {@code logSize}. The file names are those of
 * {@link SurfaceFormat}, e.g. {@code robots.txt}, {@code tdmrep.json},
 * {@code nginx.conf}; see {@code docs/api.md}.
 */
@RestController
class SurfacesController {

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

	private static final Pattern DID = Pattern.compile("did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,400}");

	private final EngineRecords records;

	private final VerifiedControl control;

	private final LogPoints points;

	private final Surfaces surfaces = Surfaces.bundled();

	SurfacesController(EngineRecords records, VerifiedControl control, LogPoints points) {
		this.records = records;
		this.control = control;
		this.points = points;
	}

	@GetMapping("/sites/{domain}/{file}")
	ResponseEntity<String> site(@PathVariable String domain, @PathVariable String file,
			@RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String logSize) throws UrlFormatException {
		SurfaceFormat format = format(file);
		SiteTerms terms = SiteTerms.of(host(domain), this.records.all(), this.control, asOf(at, logSize).at());
		return answer(format, terms);
	}

	@GetMapping("/creators/{did}/sites/{domain}/{file}")
	ResponseEntity<String> creator(@PathVariable String did, @PathVariable String domain, @PathVariable String file,
			@RequestParam(required = false) @Nullable String at,
			@RequestParam(required = false) @Nullable String logSize) throws UrlFormatException {
		SurfaceFormat format = format(file);
		if (!DID.matcher(did).matches()) {
			throw new ProblemException(Problem.INVALID_PARAMETER,
					"Expected 'did' to be a DID such as did:key:z6Mk... but it is '" + did + "'")
				.with("parameter", "did");
		}
		SiteTerms terms = SiteTerms.ofCreator(host(domain), did, this.records.all(), this.control,
				asOf(at, logSize).at());
		return answer(format, terms);
	}

	private ResponseEntity<String> answer(SurfaceFormat format, SiteTerms terms) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(this.surfaces.write(format, terms));
	}

	private AsOf asOf(@Nullable String at, @Nullable String logSize) {
		AsOf parsed = this.points.parse(at, logSize);
		return (parsed != null) ? parsed : this.points.now();
	}

	private static SurfaceFormat format(String file) {
		return SurfaceFormat.ofFileName(file)
			.orElseThrow(() -> new ProblemException(Problem.NOT_FOUND,
					"Expected a file name among "
							+ java.util.Arrays.stream(SurfaceFormat.values()).map(SurfaceFormat::fileName).toList()
							+ " but it is '" + file + "'"));
	}

	/** The normalised domain name, or an invalid-domain problem. */
	static String host(String domain) {
		try {
			String host = UrlNormalizer.normalizeHost(domain).toLowerCase(Locale.ROOT);
			if (DOMAIN.matcher(host).matches() && !host.matches(".*\\.[0-9]+")) {
				return host;
			}
		}
		catch (UrlFormatException ex) {
			// answered below
		}
		throw new ProblemException(Problem.INVALID_DOMAIN,
				"Expected a domain name such as art.example but it is '" + domain + "'")
			.with("domain", domain);
	}

}
