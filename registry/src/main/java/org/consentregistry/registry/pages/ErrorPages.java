package org.consentregistry.registry.pages;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Friendly HTML pages for "not found" and "bad request" (and any other failure a page
 * template exists for) when a browser asks: the request is a GET or HEAD whose
 * {@code Accept} header names HTML at least as preferred as JSON. Every other client
 * keeps getting problem+json from the API's problem handling, which this resolver runs
 * before.
 */
@Component
class ErrorPages implements HandlerExceptionResolver, Ordered {

	private static final Map<Integer, String> TEMPLATES = Map.of(400, "pages/bad-request", 404, "pages/not-found", 503,
			"pages/unavailable");

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		int status = statusOf(ex);
		String template = TEMPLATES.get(status);
		if (template == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| !prefersHtml(request.getHeader(HttpHeaders.ACCEPT))) {
			return null;
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		if (ex instanceof ErrorResponse error) {
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		}
		ModelAndView page = new ModelAndView(template, HttpStatus.valueOf(status));
		page.addObject("detail", detailOf(ex));
		return page;
	}

	static int statusOf(Exception ex) {
		if (ex instanceof ErrorResponse error) {
			return error.getStatusCode().value();
		}
		if (ex instanceof TypeMismatchException) {
			return 400;
		}
		return 500;
	}

	private static @Nullable String detailOf(Exception ex) {
		return (ex instanceof ErrorResponse error) ? error.getBody().getDetail() : null;
	}

	/**
	 * Whether {@code accept} names {@code text/html} (or XHTML) explicitly, with a
	 * quality at least that of any type JSON would match.
	 */
	static boolean prefersHtml(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		double html = 0;
		double json = 0;
		for (MediaType type : types) {
			if (type.equalsTypeAndSubtype(MediaType.TEXT_HTML)
					|| type.equalsTypeAndSubtype(MediaType.APPLICATION_XHTML_XML)) {
				html = Math.max(html, type.getQualityValue());
			}
			if (type.includes(MediaType.APPLICATION_JSON) || type.includes(MediaType.APPLICATION_PROBLEM_JSON)) {
				json = Math.max(json, type.getQualityValue());
			}
		}
		return html > 0 && html >= json;
	}

}
