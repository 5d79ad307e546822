#!/usr/bin/env bash
# Work page benchmark (see docs/benchmarks.md, "Work page"): the issue's figure is p99 <= 30 ms
# at 16 concurrent clients over 100,000 works.
#  1. signs COUNT distinct credentials (generated now, never committed) and starts the registry
#     on a fresh data directory;
#  2. fills it: wrk, 1 thread, 64 connections, each credential sent once;
#  3. warms up for 120 s, then measures: wrk, 4 threads, 16 connections, DURATION seconds, each
#     request the page of a work picked at random (GET /works/<uuid>, Accept: text/html).
# Prints, besides latency, the registry's CPU time per page (user + system time of its process
# from /proc/<pid>/stat over the measured phase, divided by the requests wrk completed).
# Usage, from the repository root after 'mvn -DskipTests package':
#   bash registry/src/bench/work-page-benchmark.sh [COUNT] [DURATION]
# Environment: BENCH_PORT (18091); BENCH_DATA, a directory kept between runs holding the signed
# input and the registry's data directory (the same layout as search-benchmark.sh, so one
# prepared directory serves both): a run that finds COUNT signed credentials skips signing, one
# whose registry already holds COUNT records skips filling; BENCH_JAVA_OPTS, extra JVM options
# (e.g. "-XX:StartFlightRecording=filename=/tmp/pages.jfr,settings=profile"); BENCH_WARMUP, seconds
# of warm-up before the measured phase (120, so that JIT compilation and the first fill of the
# store's caches stay out of the figures, as in search-benchmark.sh).
set -euo pipefail
count="${1:-100000}"
duration="${2:-60}"
port="${BENCH_PORT:-18091}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${BENCH_WORK:-$(mktemp -d)}"
data="${BENCH_DATA:-$work/data}"
mkdir -p "$data"
# stops wrk and the registry, waiting for the registry to close its data directory
stop() {
  kill "${wrk_pid:-}" "${pid:-}" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "${pid:-}" 2>/dev/null || break; sleep 1; done
}
trap 'stop; rm -rf "$work"' EXIT
cd "$root"
[ -f registry/target/registry.jar ] || { echo "build first: mvn -DskipTests package" >&2; exit 2; }

mvn -q -pl registry -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
cp="registry/target/classes:registry/target/test-classes:$(cat "$work/cp.txt")"
input="$data/input.jsonl"
if [ -f "$input" ] && [ "$(wc -l < "$input")" -ge "$count" ]; then
  echo "== reusing $(wc -l < "$input") signed credentials in $input"
else
  echo "== signing $count credentials"
  java -cp "$cp" org.consentregistry.registry.demo.BenchmarkInputs "$count" "$input.tmp"
  mv "$input.tmp" "$input"
fi
python3 - "$input" "$work/paths.txt" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as lines, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in lines:
        out.write("/works/" + json.loads(line)["credentialSubject"]["id"][len("urn:uuid:"):] + "\n")
PY

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is in use (another benchmark?); set BENCH_PORT" >&2; exit 2
fi
echo "== starting the registry (data in $data)"
# shellcheck disable=SC2086
java -Xms512m -Xmx4g ${BENCH_JAVA_OPTS:-} -jar registry/target/registry.jar --server.port="$port" \
  --registry.graph.data-dir="$data/tdb2" --logging.level.root=WARN >"$work/registry.log" 2>&1 &
pid=$!
# a registry holding many records loads them all at startup (minutes under load)
for _ in $(seq 1 900); do
  curl -sf "http://127.0.0.1:$port/consent-registry/context/v1" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/consent-registry/context/v1" >/dev/null \
  || { echo "the registry did not start" >&2; cat "$work/registry.log" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
# the registry's CPU time so far (user + system), in milliseconds
cpu_ms() { awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$pid/stat"; }

total() {
  curl -sf "http://127.0.0.1:$port/records?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/'
}
if [ "$(total || echo 0)" -ge "$count" ]; then
  echo "== the registry already holds $(total) records: not filling"
else
echo "== fill: wrk, 1 thread, 64 connections, $count credentials"
start=$(date +%s)
BENCH_INPUT="$input" BENCH_THREADS=1 \
  wrk -t1 -c64 -d3h --timeout 60s -s registry/src/bench/submit.lua "http://127.0.0.1:$port/records" \
  >"$work/fill.txt" 2>&1 &
wrk_pid=$!
# wrk keeps running until its duration once the thread stopped (re-sending the last line), so
# stop it when all are in, or when the count has not moved for three polls (a line can be lost
# at the end of the input; the measurement then runs over the works that are in).
previous=-1
still=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 10
  n=$(total || echo 0)
  echo "  $(( $(date +%s) - start )) s: $n records"
  if [ "${n:-0}" = "$previous" ]; then still=$(( still + 1 )); else still=0; fi
  previous="${n:-0}"
  if [ "${n:-0}" -ge "$count" ] || [ "$still" -ge 3 ]; then kill -INT "$wrk_pid" 2>/dev/null || true; fi
done
grep -E "answers other than 201" "$work/fill.txt" || true
fi
missing=0
for path in $(shuf -n 20 "$work/paths.txt"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "http://127.0.0.1:$port$path")
  [ "$code" = 200 ] || missing=$(( missing + 1 ))
done
echo "sampled work pages not answering 200: $missing of 20"

echo "== warm-up: ${BENCH_WARMUP:-120} s"
BENCH_PATHS="$work/paths.txt" wrk -t4 -c16 -d"${BENCH_WARMUP:-120}s" -s registry/src/bench/work-page.lua \
  "http://127.0.0.1:$port" >/dev/null
echo "== work pages: wrk, 4 threads, 16 connections, ${duration}s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
before=$(cpu_ms)
BENCH_PATHS="$work/paths.txt" wrk -t4 -c16 -d"${duration}s" --timeout 10s --latency \
  -s registry/src/bench/work-page.lua "http://127.0.0.1:$port" | tee "$work/pages.txt"
used=$(( $(cpu_ms) - before ))
requests=$(sed -nE 's/^requests: ([0-9]+)$/\1/p' "$work/pages.txt")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "registry CPU: $used ms for ${requests:-0} requests: $(awk -v u="$used" -v r="${requests:-0}" \
  'BEGIN { if (r > 0) printf "%.2f", u / r; else print "n/a" }') CPU-ms per request"
echo "RSS: $(ps -o rss= -p "$pid") KiB, data directory: $(du -sh "$data" | cut -f1)"
