package org.consentregistry.blocker.tlog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint) note text, section "Note text".
 */
class CheckpointTests {

	// The example of the tlog-checkpoint specification
	static final String SPEC_EXAMPLE = "example.com/behind-the-sofa\n20852163\n"
			+ "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

	@Test
	void parsesTheSpecificationsExample() throws NoteException {
		Checkpoint checkpoint = Checkpoint.parse(SPEC_EXAMPLE);
		assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
		assertThat(checkpoint.size()).isEqualTo(20852163L);
		assertThat(checkpoint.rootHash()).hasSize(32);
		assertThat(checkpoint.extensions()).isEmpty();
		assertThat(checkpoint.text()).isEqualTo(SPEC_EXAMPLE);
	}

	@Test
	void keepsExtensionLinesInOrder() throws NoteException {
		String text = SPEC_EXAMPLE + "ext one\next two\n";
		Checkpoint checkpoint = Checkpoint.parse(text);
		assertThat(checkpoint.extensions()).containsExactly("ext one", "ext two");
		assertThat(checkpoint.text()).isEqualTo(text);
	}

	@Test
	void writesTheEmptyTreeWithSizeZero() throws NoteException {
		Checkpoint empty = new Checkpoint("a.example/log", 0, TreeHasher.emptyRoot(), List.of());
		assertThat(empty.text()).isEqualTo("a.example/log\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
		assertThat(Checkpoint.parse(empty.text())).isEqualTo(empty);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			only two lines                 | o\\n1\\n
			empty origin                   | \\n1\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\\n
			leading zero in the size       | o\\n01\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\\n
			negative size                  | o\\n-1\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\\n
			plus sign in the size          | o\\n+1\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\\n
			size beyond 2^63               | o\\n9223372036854775808\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\\n
			space after the size           | o\\n1 \\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\\n
			root of 31 bytes               | o\\n1\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxqw==\\n
			root in unpadded base64        | o\\n1\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\\n
			root in URL-safe base64        | o\\n1\\nCsUYapGGPo4dkMgIAUqom_Xajj7h2fB2MPA3j2jxq2I=\\n
			empty extension line           | o\\n1\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\\n\\nx\\n
			no final newline               | o\\n1\\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
			""")
	void refusesAMalformedCheckpoint(String defect, String escaped) {
		String text = escaped.replace("\\n", "\n");
		assertThatExceptionOfType(NoteException.class).as(defect).isThrownBy(() -> Checkpoint.parse(text));
	}

}
