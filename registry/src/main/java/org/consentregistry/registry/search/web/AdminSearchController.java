package org.consentregistry.registry.search.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.consentregistry.registry.search.RebuildResult;
import org.consentregistry.registry.search.SearchIndexer;
import org.consentregistry.registry.search.SearchProperties;
import org.consentregistry.registry.system.Problem;
import org.consentregistry.registry.system.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/search/reindex}: rebuilds the search index from the store into a new
 * versioned index and swaps the alias; searches keep answering meanwhile. Allowed from a
 * loopback address, or from anywhere with {@code Authorization: Bearer <token>} when
 * {@code registry.search.admin-token} is set (a proxy in front of the registry makes
 * every client look local: set a token there).
 */
@RestController
class AdminSearchController {

	private final SearchIndexer indexer;

	private final @Nullable String token;

	AdminSearchController(SearchIndexer indexer, SearchProperties properties) {
		this.indexer = indexer;
		this.token = properties.adminToken();
	}

	@Operation(summary = "Rebuild the search index",
			description = "Loopback clients, or a bearer token configured as registry.search.admin-token.")
	@PostMapping(path = "/admin/search/reindex", produces = MediaType.APPLICATION_JSON_VALUE)
	ReindexJson reindex(HttpServletRequest request) {
		if (!allowed(request)) {
			throw new ProblemException(Problem.FORBIDDEN,
					"Expected a loopback client or a valid admin bearer token for /admin/search/reindex");
		}
		RebuildResult result = this.indexer.rebuild();
		return new ReindexJson(result.version(), result.documents(), result.position(), result.duration().toMillis(),
				Math.round(result.documentsPerSecond()));
	}

	private boolean allowed(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (this.token != null && !this.token.isBlank() && authorization != null
				&& authorization.startsWith("Bearer ")) {
			return MessageDigest.isEqual(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8),
					this.token.getBytes(StandardCharsets.UTF_8));
		}
		try {
			return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/**
	 * What the rebuild did.
	 *
	 * @param version the new index behind the alias
	 * @param documents documents indexed
	 * @param position journal entries covered
	 * @param millis how long it took
	 * @param documentsPerSecond the rate
	 */
	record ReindexJson(String version, long documents, long position, long millis, long documentsPerSecond) {
	}

}
