package org.consentregistry.registry.pages;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RecordModelTests {

	@Test
	void embedsCredentialsThatCannotCloseTheDataBlock() {
		String json = "{\"title\": \"</script><script>alert(1)</script><!--\"}";
		String embedded = RecordModel.embeddable(json.getBytes(StandardCharsets.UTF_8));
		assertThat(embedded).doesNotContain("<");
		assertThat(JsonMapper.builder().build().readTree(embedded).get("title").asString())
			.isEqualTo("</script><script>alert(1)</script><!--");
	}

}
