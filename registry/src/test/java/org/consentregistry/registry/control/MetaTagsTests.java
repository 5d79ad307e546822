package org.consentregistry.registry.control;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MetaTagsTests {

	@ParameterizedTest
	@ValueSource(strings = { "<html><head><meta name=\"consent-registry-verification\" content=\"tok.en\"></head>",
			"<HTML><HEAD><META CONTENT='tok.en' NAME='Consent-Registry-Verification'/></HEAD>",
			"<meta name=consent-registry-verification content=tok.en>",
			"<head><title>a <meta> in a title</title><meta\n name=\"consent-registry-verification\"\n content=\" tok.en \"></head>" })
	void findsTheVerificationTagInTheHead(String html) {
		assertThat(MetaTags.verificationValues(html.getBytes(StandardCharsets.UTF_8))).containsExactly("tok.en");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"<head></head><body><meta name=\"consent-registry-verification\" content=\"tok.en\"></body>",
			"<head><!-- <meta name=\"consent-registry-verification\" content=\"tok.en\"> --></head>",
			"<head><script>var m = '<meta name=\"consent-registry-verification\" content=\"tok.en\">';</script></head>",
			"<head><meta name=\"description\" content=\"tok.en\"></head>",
			"<head><meta property=\"consent-registry-verification\" content=\"tok.en\"></head>" })
	void ignoresTagsOutsideTheHeadOrInCommentsAndScripts(String html) {
		assertThat(MetaTags.verificationValues(html.getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void neverThrowsOnArbitraryBytes() {
		Random random = new Random(20260101);
		String alphabet = "<>=\"'/ !-meta name content consent-registry-verification head body script";
		for (int i = 0; i < 5000; i++) {
			byte[] bytes = new byte[random.nextInt(300)];
			for (int j = 0; j < bytes.length; j++) {
				bytes[j] = (random.nextInt(4) == 0) ? (byte) random.nextInt(256)
						: (byte) alphabet.charAt(random.nextInt(alphabet.length()));
			}
			assertThatNoException().isThrownBy(() -> MetaTags.verificationValues(bytes));
		}
	}

}
