package org.consentregistry.blocker.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.consentregistry.blocker.engine.CompiledRules;
import org.consentregistry.blocker.engine.RuleCompiler;
import org.consentregistry.blocker.engine.RuleDelta;
import org.consentregistry.blocker.engine.RuleFiles;
import org.consentregistry.blocker.engine.RuleFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Compiled rules written as snapshot data files and read back decide as before; the files
 * are deterministic; an incremental applied to a base gives the files of a full
 * compilation at the new state; malformed files are refused.
 */
class RuleFilesTests {

	private static final Instant VERIFIED_AT = Instant.parse("2026-01-05T00:00:00Z");

	@TempDir
	Path dir;

	@Test
	void rulesReadBackDecideAsWrittenAndRewriteToTheSameBytes() throws Exception {
		RandomConsent random = new RandomConsent(11);
		List<ConsentRecord> records = records(random, 0, 60);
		CompiledRules compiled = compile(Purpose.AI_TRAIN, records);
		Path first = Files.createDirectory(this.dir.resolve("first"));
		RuleFiles.write(compiled, first);
		CompiledRules read = RuleFiles.read(first);
		for (int i = 0; i < 2000; i++) {
			Query q = random.query();
			Query query = new Query(q.identifier(), Purpose.AI_TRAIN, q.recipient(), q.commercial(), q.at());
			assertThat(read.decide(query)).isEqualTo(compiled.decide(query));
		}
		Path second = Files.createDirectory(this.dir.resolve("second"));
		RuleFiles.write(read, second);
		for (String name : RuleFiles.names()) {
			assertThat(second.resolve(name)).hasSameBinaryContentAs(first.resolve(name));
		}
	}

	@Test
	void incrementalAppliedToBaseGivesTheFullSnapshotOfTheNewState() throws Exception {
		RandomConsent random = new RandomConsent(12);
		List<ConsentRecord> base = records(random, 0, 50);
		List<ConsentRecord> added = records(random, 40, 20);
		// Replaced records are removed too: a new version may say nothing about the
		// purpose.
		Set<String> removed = new HashSet<>(Set.of("urn:uuid:3", "urn:uuid:17", "urn:uuid:nothing"));
		added.forEach((record) -> removed.add(record.recordId()));
		List<ConsentRecord> after = new ArrayList<>();
		base.stream().filter((record) -> !removed.contains(record.recordId())).forEach(after::add);
		after.addAll(added);
		CompiledRules applied = RuleFiles.apply(compile(Purpose.TDM, base), compile(Purpose.TDM, added), removed);
		Path full = Files.createDirectory(this.dir.resolve("full"));
		Path merged = Files.createDirectory(this.dir.resolve("merged"));
		RuleFiles.write(compile(Purpose.TDM, after), full);
		RuleFiles.write(applied, merged);
		for (String name : RuleFiles.names()) {
			assertThat(merged.resolve(name)).as(name).hasSameBinaryContentAs(full.resolve(name));
		}
	}

	@Test
	void deltaBetweenTwoCompilationsAppliedToTheFirstGivesTheSecond() throws Exception {
		RandomConsent random = new RandomConsent(14);
		List<ConsentRecord> before = records(random, 0, 80);
		List<ConsentRecord> after = new ArrayList<>(before.subList(10, 70));
		after.addAll(records(random, 60, 30));
		for (Purpose purpose : Purpose.values()) {
			CompiledRules base = compile(purpose, before, RandomConsent.verifier());
			CompiledRules target = compile(purpose, after, RandomConsent.verifier());
			RuleDelta delta = RuleDelta.between(base, target);
			assertThat(delta.removed()).as(purpose.token()).isNotEmpty();
			assertThat(delta.additions().counts().records()).as(purpose.token())
				.isPositive()
				.isLessThan(target.counts().records());
			assertSameFiles(RuleFiles.apply(base, delta.additions(), delta.removed()), target);
		}
	}

	@Test
	void deltaCarriesRecordsWhoseControlChangedAndNothingElse() throws Exception {
		List<ConsentRecord> records = records(new RandomConsent(15), 0, 40);
		CompiledRules base = compile(Purpose.TDM, records, RandomConsent.verifier());
		CompiledRules target = compile(Purpose.TDM, records, ControlVerifier.none());
		RuleDelta unchanged = RuleDelta.between(base, base);
		assertThat(unchanged.removed()).isEmpty();
		assertThat(unchanged.additions().counts().records()).isZero();
		RuleDelta delta = RuleDelta.between(base, target);
		assertThat(delta.removed()).isNotEmpty().hasSize(delta.additions().counts().records());
		assertThat(delta.additions().counts().records()).isLessThan(base.counts().records());
		assertSameFiles(RuleFiles.apply(base, delta.additions(), delta.removed()), target);
	}

	@Test
	void refusesTruncatedFilesAndOtherFormatVersions() throws IOException {
		RuleFiles.write(compile(Purpose.TDM, records(new RandomConsent(13), 0, 30)), this.dir);
		Path exact = this.dir.resolve("exact-urls.bin");
		byte[] bytes = Files.readAllBytes(exact);
		Files.write(exact, java.util.Arrays.copyOf(bytes, bytes.length - 3));
		assertThatExceptionOfType(RuleFormatException.class).isThrownBy(() -> RuleFiles.read(this.dir))
			.withMessageContaining("truncated");
		bytes[5] = 2;
		Files.write(exact, bytes);
		assertThatExceptionOfType(RuleFormatException.class).isThrownBy(() -> RuleFiles.read(this.dir))
			.withMessageContaining("format version 1, got version 2");
	}

	@Test
	void removedIdsRoundTrip() throws Exception {
		RuleFiles.writeRemoved(List.of("urn:b", "urn:a"), this.dir);
		assertThat(RuleFiles.readRemoved(this.dir)).containsExactly("urn:a", "urn:b");
	}

	private void assertSameFiles(CompiledRules actual, CompiledRules expected) throws IOException {
		Path want = Files.createTempDirectory(this.dir, "expected");
		Path got = Files.createTempDirectory(this.dir, "actual");
		RuleFiles.write(expected, want);
		RuleFiles.write(actual, got);
		for (String name : RuleFiles.names()) {
			assertThat(got.resolve(name)).as(name).hasSameBinaryContentAs(want.resolve(name));
		}
	}

	private static CompiledRules compile(Purpose purpose, List<ConsentRecord> records) {
		return compile(purpose, records, RandomConsent.verifier());
	}

	private static CompiledRules compile(Purpose purpose, List<ConsentRecord> records, ControlVerifier verifier) {
		RuleCompiler compiler = new RuleCompiler(purpose, verifier, VERIFIED_AT);
		records.forEach(compiler::add);
		return compiler.compile();
	}

	private static List<ConsentRecord> records(RandomConsent random, int first, int count) {
		List<ConsentRecord> records = new ArrayList<>();
		for (int i = first; i < first + count; i++) {
			records.add(random.record("urn:uuid:" + i));
		}
		return records;
	}

}
