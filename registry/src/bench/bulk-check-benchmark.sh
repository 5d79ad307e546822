#!/usr/bin/env bash
# Bulk-check benchmark (see docs/benchmarks.md, "Bulk check"): the issue's figure is at least
# 300,000 items/s over loopback.
#  1. signs WORKS distinct credentials (generated now, never committed) and starts the registry
#     on a fresh data directory; fills it with wrk (1 thread, 64 connections, each credential once);
#  2. generates ITEMS NDJSON lines now (never committed): a third exact URLs of the works, a sixth
#     URLs under their series prefixes and sites, a sixth SHA-256 hashes (half of them the works'),
#     a third URLs of unknown hosts; each with an "id";
#  3. warms up (two posts of the first 300,000 lines), then posts the whole body RUNS times with
#     curl --data-binary, the answer to a file, and prints items/s (lines / curl's time_total),
#     the load average before and after, the registry's CPU time per 1,000 items (user + system
#     from /proc/<pid>/stat over the post: the load-independent figure on a shared machine) and
#     curl's, and the registry's peak RSS (VmHWM).
# Environment: BENCH_PORT (default 18093), BENCH_PURPOSE (ai-train), BENCH_JAR (the registry jar,
# default registry/target/registry.jar), BENCH_JFR (a file: record a JFR profile of the registry
# there, settings=profile), BENCH_KEEP=1 (keep the scratch directory BENCH_WORK or mktemp),
# BENCH_WORKERS (registry.bulk-check.workers: threads that answer batches; default one per core).
# Usage, from the repository root after 'mvn -DskipTests package':
#   bash registry/src/bench/bulk-check-benchmark.sh [WORKS] [ITEMS] [RUNS]
set -euo pipefail
works="${1:-5000}"
items="${2:-3000000}"
runs="${3:-3}"
purpose="${BENCH_PURPOSE:-ai-train}"
port="${BENCH_PORT:-18093}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
jar="${BENCH_JAR:-registry/target/registry.jar}"
work="${BENCH_WORK:-$(mktemp -d)}"
mkdir -p "$work"
data="$work/data"
trap 'kill "${wrk_pid:-}" "${pid:-}" 2>/dev/null || true; [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$work"' EXIT
cd "$root"
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 2; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is in use (another benchmark?); set BENCH_PORT" >&2; exit 2
fi

mvn -q -pl registry -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
cp="registry/target/classes:registry/target/test-classes:$(cat "$work/cp.txt")"
echo "== signing $works credentials"
java -cp "$cp" org.consentregistry.registry.demo.BenchmarkInputs "$works" "$work/input.jsonl"

echo "== starting the registry (data in $data)"
jfr=()
[ -n "${BENCH_JFR:-}" ] && jfr=("-XX:StartFlightRecording=settings=profile,filename=$BENCH_JFR,dumponexit=true")
java -Xms512m -Xmx2g "${jfr[@]}" -jar "$jar" --server.port="$port" \
  --registry.graph.data-dir="$data/tdb2" --registry.log.key-dir="$data/keys" \
  --registry.bulk-check.workers="${BENCH_WORKERS:-0}" --logging.level.root=WARN >"$work/registry.log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/consent-registry/context/v1" >/dev/null && break
  sleep 1
done
kill -0 "$pid" 2>/dev/null || { cat "$work/registry.log" >&2; exit 1; }

echo "== fill: wrk, 1 thread, 64 connections, $works credentials"
total() {
  curl -sf "http://127.0.0.1:$port/records?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/'
}
BENCH_INPUT="$work/input.jsonl" BENCH_THREADS=1 \
  wrk -t1 -c64 -d3h --timeout 60s -s registry/src/bench/submit.lua "http://127.0.0.1:$port/records" \
  >"$work/fill.txt" 2>&1 &
wrk_pid=$!
previous=-1
still=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 5
  n=$(total || echo 0)
  if [ "${n:-0}" = "$previous" ]; then still=$(( still + 1 )); else still=0; fi
  previous="${n:-0}"
  if [ "${n:-0}" -ge "$works" ] || [ "$still" -ge 3 ]; then kill -INT "$wrk_pid" 2>/dev/null || true; fi
done
echo "records in the registry: $(total)"

echo "== generating $items items"
python3 - "$work/input.jsonl" "$work/items.ndjson" "$items" <<'PY'
import json, random, sys
random.seed(42)
urls, prefixes, hashes, sites = [], [], [], set()
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        for identifier in json.loads(line)["credentialSubject"]["identifier"]:
            kind = identifier["type"]
            if kind == "ExactUrl":
                urls.append(identifier["url"])
                sites.add(identifier["url"].split("/")[2])
            elif kind == "UrlPrefix":
                prefixes.append(identifier["urlPrefix"])
            elif kind == "ContentHash":
                hashes.append(identifier["sha256"])
sites = sorted(sites)
count = int(sys.argv[3])
with open(sys.argv[2], "w", encoding="utf-8", buffering=1 << 20) as out:
    for i in range(count):
        k = i % 6
        if k < 2:
            item = '"url":"%s"' % urls[random.randrange(len(urls))]
        elif k == 2:
            if prefixes and i % 12 == 2:
                item = '"url":"%sp%d.jpg"' % (prefixes[random.randrange(len(prefixes))], i)
            else:
                item = '"url":"https://%s/other/%d.jpg"' % (sites[random.randrange(len(sites))], i)
        elif k == 3:
            if hashes and i % 12 == 3:
                item = '"sha256":"%s"' % hashes[random.randrange(len(hashes))]
            else:
                item = '"sha256":"%064x"' % random.getrandbits(256)
        else:
            item = '"url":"https://unknown-%d.example/works/%d.jpg"' % (i % 50000, i)
        out.write('{"id":%d,%s}\n' % (i, item))
PY
head -n 300000 "$work/items.ndjson" > "$work/warm.ndjson"
echo "body: $(wc -l < "$work/items.ndjson") lines, $(du -h "$work/items.ndjson" | cut -f1)"

cpu_ticks() { # user + system clock ticks of a process
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}
ticks=$(getconf CLK_TCK)
post() { # $1 = body file, $2 = answer file; prints curl's time_total
  curl -sS -X POST "http://127.0.0.1:$port/bulk-check?purpose=$purpose" \
    -H 'Content-Type: application/x-ndjson' --data-binary @"$1" -o "$2" -w '%{time_total}'
}
echo "== warm-up"
post "$work/warm.ndjson" "$work/answers.ndjson" >/dev/null
post "$work/warm.ndjson" "$work/answers.ndjson" >/dev/null
tail -n 1 "$work/answers.ndjson" | cut -c1-200

echo "== measuring: $runs posts of $items items, purpose $purpose"
for run in $(seq 1 "$runs"); do
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  cpu_before=$(cpu_ticks "$pid")
  curl_before=$(awk '{ print $16 + $17 }' /proc/$$/stat)
  seconds=$(post "$work/items.ndjson" "$work/answers.ndjson")
  cpu_after=$(cpu_ticks "$pid")
  curl_after=$(awk '{ print $16 + $17 }' /proc/$$/stat)
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  answered=$(( $(wc -l < "$work/answers.ndjson") - 1 ))
  summary=$(tail -n 1 "$work/answers.ndjson" | sed -E 's/,"checkpoint".*//')
  rate=$(awk -v n="$items" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
  echo "run $run: $rate items/s ($items items in ${seconds}s, $answered answer lines), load before $before, after $after"
  echo "  registry CPU $(awk -v t=$(( cpu_after - cpu_before )) -v hz="$ticks" -v n="$items" \
    'BEGIN { printf "%.0f ms, %.1f CPU-ms per 1,000 items", t * 1000 / hz, t * 1000 / hz / n * 1000 }'); client (curl) CPU $(awk \
    -v t=$(( curl_after - curl_before )) -v hz="$ticks" -v n="$items" \
    'BEGIN { printf "%.1f CPU-ms per 1,000 items", t * 1000 / hz / n * 1000 }')"
  echo "  $summary"
  echo "$rate" >> "$work/rates.txt"
done
sort -n "$work/rates.txt" | awk '{ r[NR] = $1 } END { printf "median %s items/s, best %s items/s over %d runs\n", r[int((NR + 1) / 2)], r[NR], NR }'
echo "registry peak RSS (VmHWM): $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}'), answer file $(du -h "$work/answers.ndjson" | cut -f1)"
echo "machine: $(nproc) cores, $(lscpu | sed -nE 's/^Model name: *//p'), $(java -version 2>&1 | head -n 1)"
