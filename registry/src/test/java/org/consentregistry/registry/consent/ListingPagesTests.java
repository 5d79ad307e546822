package org.consentregistry.registry.consent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.consentregistry.registry.RegistryProperties;
import org.consentregistry.registry.consent.ListingIndex.Key;
import org.consentregistry.registry.credential.VerifiedCredential;
import org.consentregistry.registry.graph.GraphProperties;
import org.consentregistry.registry.graph.RegistryDataset;
import org.consentregistry.registry.graph.TestDatasets;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record listings read from the listings kept in the store give exactly what sorting
 * every matching record by received time (newest first, then by record IRI) gives: for
 * every filter, page boundary and past point, after a restart, a crash, a store without
 * listings, and while submissions arrive.
 */
class ListingPagesTests {

	static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

	static final List<String> ISSUERS = List.of(StoredCredentials.ISSUER, StoredCredentials.OTHER_ISSUER,
			"did:key:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH");

	@TempDir
	Path dir;

	RecordIris iris = new RecordIris(new RegistryProperties(URI.create("https://registry.example")));

	@Nullable RegistryDataset dataset;

	ConsentRecords records;

	final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));

	final List<Chain> chains = new ArrayList<>();

	final List<RecordId> ids = new ArrayList<>();

	final Random random = new Random(20261126);

	@AfterEach
	void close() {
		if (this.dataset != null) {
			this.dataset.destroy();
		}
	}

	@Test
	void everyPageOfABigListingIsTheSortedFilteredRecords() {
		open(this.dir);
		recordMix(240);
		assertEveryListingAsSorted();
	}

	@Test
	void listingsAsOfEveryLogSizeAndInstantShowWhatTheRegistryHeldThen() {
		open(this.dir);
		recordMix(60);
		LogPoints points = new LogPoints(this.dataset, Clock.systemUTC());
		for (long size = 0; size <= this.dataset.journalSize(); size++) {
			AsOf asOf = points.atSize(size);
			List<RecordEntry> view = view(asOf);
			for (RecordQuery query : queries(view, 2, new int[] { 2, 100 })) {
				assertPagesAsSorted(view, query, asOf);
			}
			AsOf between = points.atInstant(asOf.at().plusMillis(500));
			assertPagesAsSorted(view(between), new RecordQuery(null, null, 100, 0), between);
		}
	}

	@Test
	void listingsSurviveARestartAndACrashBeforeTheStoreHeldTheJournal() throws IOException {
		Path store = this.dir.resolve("store");
		open(store);
		recordMix(30);
		this.dataset.destroy();
		Path crashed = this.dir.resolve("crashed");
		copyTree(store, crashed);
		open(store);
		recordMix(30);
		assertEveryListingAsSorted();
		this.dataset.destroy();
		Path journal = GraphProperties.of(crashed).journalDir();
		copyTree(GraphProperties.of(store).journalDir(), journal);
		open(crashed);
		assertThat(this.dataset.appliedSize()).isEqualTo(60);
		assertEveryListingAsSorted();
		assertThat(complete()).isTrue();
	}

	@Test
	void aStoreWithoutListingsOrWithListingsMissingRecordsGetsThemBuiltAtStartup() {
		open(this.dir);
		recordMix(40);
		this.dataset.write((ds) -> new ListingIndex(ds.asDatasetGraph()).clear());
		assertThat(complete()).isFalse();
		reopen();
		assertThat(complete()).isTrue();
		assertEveryListingAsSorted();
		this.dataset.write((ds) -> new ListingIndex(ds.asDatasetGraph()).setSize(Key.EVERY, 39));
		assertThat(complete()).isFalse();
		reopen();
		assertThat(complete()).isTrue();
		assertEveryListingAsSorted();
	}

	@Test
	void recordsOfAnOldStoreReceivedAtTheSameInstantAreListedByRecordIri() {
		open(this.dir);
		recordMix(12);
		Node instant = NodeFactory.createLiteralDT("2026-02-01T00:00:00Z", XSDDatatype.XSDdateTime);
		this.dataset.write((ds) -> {
			DatasetGraph dsg = ds.asDatasetGraph();
			for (RecordId id : this.ids.subList(3, 9)) {
				dsg.deleteAny(RecordMetadata.REGISTRY, this.iris.node(id), CR.received, Node.ANY);
				dsg.add(RecordMetadata.REGISTRY, this.iris.node(id), CR.received, instant);
			}
			new ListingIndex(dsg).clear();
		});
		reopen();
		assertEveryListingAsSorted();
	}

	@Test
	void listingsSayNothingAboutRecordsWorksOrIssuers() {
		open(this.dir);
		recordMix(10);
		RecordEntry entry = this.records.find(this.ids.get(0)).orElseThrow();
		List<Node> graphs = this.dataset.read((ds) -> Stream.of(entry.record(), entry.work(), entry.issuer())
			.flatMap((iri) -> Iter
				.asStream(ds.asDatasetGraph().find(Node.ANY, NodeFactory.createURI(iri), Node.ANY, Node.ANY)))
			.map(Quad::getGraph)
			.distinct()
			.toList());
		assertThat(graphs).doesNotContain(ListingIndex.GRAPH).isNotEmpty();
		long listed = this.dataset.read((ds) -> Iter.count(ds.asDatasetGraph()
			.find(ListingIndex.GRAPH, Node.ANY, Node.ANY, NodeFactory.createURI(entry.record()))));
		assertThat(listed).isEqualTo(3);
	}

	@Test
	void listingsReadWhileSubmissionsArriveAreEachAConsistentSnapshot() throws Exception {
		open(this.dir);
		recordMix(20);
		ExecutorService writers = Executors.newFixedThreadPool(3);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < 3; w++) {
				String issuer = ISSUERS.get(w);
				done.add(writers.submit(() -> {
					for (int i = 0; i < 40; i++) {
						record(consent(uuid(), issuer, "urn:uuid:" + uuid(), null));
					}
				}));
			}
			int previous = 0;
			while (!done.stream().allMatch(Future::isDone)) {
				RecordPage page = this.records.search(new RecordQuery(null, null, 100, 0));
				assertThat(page.total()).isGreaterThanOrEqualTo(previous);
				assertThat(page.records()).hasSize(Math.min(100, page.total()))
					.isSortedAccordingTo(Comparator.comparing(RecordEntry::received).reversed());
				previous = page.total();
			}
			for (Future<?> writer : done) {
				writer.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			writers.shutdownNow();
		}
		assertThat(this.records.search(new RecordQuery(null, null, 1, 0)).total()).isEqualTo(140);
		assertEveryListingAsSorted();
	}

	private void assertEveryListingAsSorted() {
		List<RecordEntry> view = view(null);
		for (RecordQuery query : queries(view, 4, new int[] { 1, 7, 100 })) {
			assertPagesAsSorted(view, query, null);
		}
	}

	/** Queries over every filter, with pages at the start, around the end and beyond. */
	private List<RecordQuery> queries(List<RecordEntry> view, int workCount, int[] limits) {
		List<RecordQuery> queries = new ArrayList<>();
		List<String> works = Stream
			.concat(this.chains.stream().map(Chain::work).distinct().limit(workCount),
					Stream.of("urn:uuid:no-such-work"))
			.toList();
		List<@Nullable String> issuers = new ArrayList<>(ISSUERS);
		issuers.add(null);
		List<@Nullable String> workFilters = new ArrayList<>(works);
		workFilters.add(null);
		for (String issuer : issuers) {
			for (String work : workFilters) {
				int total = expected(view, new RecordQuery(issuer, work, 100, 0)).size();
				for (int offset : new int[] { 0, 1, Math.max(0, total - 1), total, total + 5 }) {
					for (int limit : limits) {
						queries.add(new RecordQuery(issuer, work, limit, offset));
					}
				}
			}
		}
		return queries;
	}

	private void assertPagesAsSorted(List<RecordEntry> view, RecordQuery query, @Nullable AsOf asOf) {
		List<RecordEntry> expected = expected(view, query);
		RecordPage page = this.records.search(query, asOf);
		assertThat(page.total()).as("total of %s as of %s", query, asOf).isEqualTo(expected.size());
		int from = Math.min(query.offset(), expected.size());
		int to = Math.min(from + query.limit(), expected.size());
		assertThat(page.records()).as("page of %s as of %s", query, asOf).isEqualTo(expected.subList(from, to));
		assertThat(page.limit()).isEqualTo(query.limit());
		assertThat(page.offset()).isEqualTo(query.offset());
	}

	/** Every record as it stands, or stood at {@code asOf}, read one by one. */
	private List<RecordEntry> view(@Nullable AsOf asOf) {
		return this.ids.stream()
			.map((id) -> this.records.find(id).orElseThrow())
			.flatMap((entry) -> (asOf != null) ? this.records.asOf(entry, asOf).stream() : Stream.of(entry))
			.toList();
	}

	/** What sorting every record gives, as the listing did before it was indexed. */
	private static List<RecordEntry> expected(List<RecordEntry> view, RecordQuery query) {
		return view.stream()
			.filter((entry) -> query.issuer() == null || query.issuer().equals(entry.issuer()))
			.filter((entry) -> query.work() == null || query.work().equals(entry.work()))
			.sorted(Comparator.comparing(RecordEntry::received).reversed().thenComparing(RecordEntry::record))
			.toList();
	}

	/** New chains, updates and withdrawals, by three issuers about a dozen works. */
	private void recordMix(int count) {
		for (int i = 0; i < count; i++) {
			List<Chain> open = this.chains.stream().filter((chain) -> !chain.withdrawn()).toList();
			int roll = this.random.nextInt(10);
			if (open.isEmpty() || roll < 6) {
				String uuid = uuid();
				Chain chain = new Chain(ISSUERS.get(this.random.nextInt(ISSUERS.size())),
						"urn:uuid:" + new UUID(7, this.random.nextInt(12)), uuid, false);
				record(consent(uuid, chain.issuer(), chain.work(), null));
				this.chains.add(chain);
			}
			else {
				Chain chain = open.get(this.random.nextInt(open.size()));
				String uuid = uuid();
				boolean withdrawal = roll == 9;
				record(withdrawal ? withdrawal(uuid, chain)
						: consent(uuid, chain.issuer(), chain.work(), chain.head()));
				this.chains.set(this.chains.indexOf(chain), new Chain(chain.issuer(), chain.work(), uuid, withdrawal));
			}
		}
	}

	private void record(VerifiedCredential credential) {
		RecordEntry entry = this.records.record(StoredCredentials.newRecord(this.iris, credential)).entry();
		synchronized (this.ids) {
			this.ids.add(entry.id());
		}
	}

	private String uuid() {
		synchronized (this.random) {
			return new UUID(this.random.nextLong(), this.random.nextLong()).toString();
		}
	}

	private boolean complete() {
		return this.dataset.read((ds) -> ListingBuild.isComplete(ds.asDatasetGraph()));
	}

	private void open(Path dataDir) {
		this.dataset = TestDatasets.open(dataDir);
		this.records = new ConsentRecords(this.dataset, this.iris, new TickingClock(this.now, Duration.ofSeconds(1)));
	}

	private void reopen() {
		this.dataset.destroy();
		open(this.dir);
	}

	private static VerifiedCredential consent(String uuid, String issuer, String work, @Nullable String replaces) {
		String turtle = StoredCredentials.consentTurtle(uuid, issuer, JAN, replaces, "generativeAiTraining")
			.replace(StoredCredentials.WORK, work);
		return StoredCredentials.verified(uuid, issuer, JAN, turtle, "{\"id\":\"urn:uuid:" + uuid + "\"}");
	}

	private static VerifiedCredential withdrawal(String uuid, Chain chain) {
		String turtle = StoredCredentials.withdrawalTurtle(uuid, chain.issuer(), JAN, chain.head())
			.replace(StoredCredentials.WORK, chain.work());
		return StoredCredentials.verified(uuid, chain.issuer(), JAN, turtle, "{\"withdraw\":true}");
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			paths.forEach((path) -> {
				try {
					Path target = to.resolve(from.relativize(path).toString());
					if (Files.isDirectory(path)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/** A version chain: its issuer, work, newest version and whether it was withdrawn. */
	private record Chain(String issuer, String work, String head, boolean withdrawn) {
	}

}
