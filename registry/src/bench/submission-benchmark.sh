#!/usr/bin/env bash
# End-to-end submission benchmark (see docs/benchmarks.md).
#  1. signs COUNT distinct credentials (generated now, never committed);
#  2. starts the registry on a fresh TDB2 directory and records its idle resident memory;
#  3. throughput phase: wrk, 1 thread, 8 connections, DURATION seconds, each credential sent once;
#     also the registry's CPU time per submission (utime + stime from /proc/<pid>/stat);
#  4. fill phase: the remaining credentials with 64 connections until the registry holds COUNT
#     records; then the resident memory and the size of the data directory.
# Usage, from the repository root after 'mvn -DskipTests package':
#   bash registry/src/bench/submission-benchmark.sh [COUNT] [DURATION]
set -euo pipefail
count="${1:-100000}"
duration="${2:-60}"
port="${BENCH_PORT:-18080}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${BENCH_WORK:-$(mktemp -d)}"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$root"

mvn -q -pl registry -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="registry/target/classes:registry/target/test-classes:$(cat "$work/cp.txt")"
echo "== signing $count credentials"
/usr/bin/time -f "signing: %e s wall, %M KiB max RSS" \
  java -cp "$cp" org.consentregistry.registry.demo.BenchmarkInputs "$count" "$work/input.jsonl"
first=$(( count < 40000 ? count / 2 : 40000 ))
head -n "$first" "$work/input.jsonl" > "$work/throughput.jsonl"

echo "== starting the registry (data in $work/tdb2)"
java -Xms512m -Xmx4g -jar registry/target/registry.jar --server.port="$port" \
  --registry.graph.data-dir="$work/tdb2" --logging.level.root=WARN >"$work/registry.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/consent-registry/context/v1" >/dev/null && break
  sleep 1
done
sleep 10
echo "idle RSS: $(ps -o rss= -p "$pid") KiB"

total() {
  curl -sf "http://127.0.0.1:$port/records?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/'
}

echo "== throughput: wrk, 1 thread, 8 connections, ${duration}s"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
cpu_before=$(cpu_ticks)
BENCH_INPUT="$work/throughput.jsonl" BENCH_THREADS=1 \
  wrk -t1 -c8 -d"${duration}s" --timeout 30s --latency -s registry/src/bench/submit.lua \
  "http://127.0.0.1:$port/records" | tee "$work/throughput.txt"
cpu_after=$(cpu_ticks)
requests=$(sed -nE 's/^ *([0-9]+) requests in .*/\1/p' "$work/throughput.txt")
# utime + stime of the registry process over the phase: less disturbed by other load than req/s
awk -v t=$(( cpu_after - cpu_before )) -v hz="$(getconf CLK_TCK)" -v n="${requests:-0}" \
  'BEGIN { if (n > 0) printf "registry CPU per submission: %.2f ms (%d requests)\n", t * 1000 / hz / n, n }'
sent=$(total)
echo "records after the throughput phase: $sent"
# One wrk thread takes the lines strictly in order (with two, each took every other line and
# one could be left out at the boundary), so the first $sent lines, give or take the 8 requests
# in flight, are in; the overlap of 100 re-sends a few, which just answer 200.
tail -n +"$(( sent > 100 ? sent - 100 : 1 ))" "$work/input.jsonl" > "$work/fill.jsonl"

echo "== fill: wrk, 1 thread, 64 connections, until $count records"
start=$(date +%s)
BENCH_INPUT="$work/fill.jsonl" BENCH_THREADS=1 \
  wrk -t1 -c64 -d3h --timeout 60s -s registry/src/bench/submit.lua "http://127.0.0.1:$port/records" \
  >"$work/fill.txt" 2>&1 &
wrk_pid=$!
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 30
  n=$(total || echo 0)
  disk=$(du -sk "$work/tdb2" | cut -f1)
  echo "  $(( $(date +%s) - start )) s: $n records, data $(( disk / 1024 )) MiB"
  if [ "${n:-0}" -ge "$count" ]; then kill -INT "$wrk_pid" 2>/dev/null || true; fi
  if [ "$disk" -gt "${BENCH_MAX_DISK_KB:-41943040}" ]; then
    echo "  stopping: the data directory passed BENCH_MAX_DISK_KB"; kill -INT "$wrk_pid"
  fi
done
grep -E "answers other than 201" "$work/fill.txt" || true
sleep 5
echo "RSS after $(total) records: $(ps -o rss= -p "$pid") KiB"
echo "data directory: $(du -sh "$work/tdb2" | cut -f1)"
