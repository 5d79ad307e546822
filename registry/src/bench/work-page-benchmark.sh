#!/usr/bin/env bash
# Work page benchmark (see docs/benchmarks.md, "Work page"): the issue's figure is p99 <= 30 ms
# at 16 concurrent clients over 100,000 works.
#  1. signs COUNT distinct credentials (generated now, never committed) and starts the registry
#     on a fresh data directory;
#  2. fills it: wrk, 1 thread, 64 connections, each credential sent once;
#  3. warms up for 20 s, then measures: wrk, 4 threads, 16 connections, DURATION seconds, each
#     request the page of a work picked at random (GET /works/<uuid>, Accept: text/html).
# Usage, from the repository root after 'mvn -DskipTests package':
#   bash registry/src/bench/work-page-benchmark.sh [COUNT] [DURATION]
set -euo pipefail
count="${1:-100000}"
duration="${2:-60}"
port="${BENCH_PORT:-18091}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${BENCH_WORK:-$(mktemp -d)}"
data="$work/data"
trap 'kill "${wrk_pid:-}" "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$root"
[ -f registry/target/registry.jar ] || { echo "build first: mvn -DskipTests package" >&2; exit 2; }

mvn -q -pl registry -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
cp="registry/target/classes:registry/target/test-classes:$(cat "$work/cp.txt")"
echo "== signing $count credentials"
java -cp "$cp" org.consentregistry.registry.demo.BenchmarkInputs "$count" "$work/input.jsonl"
python3 - "$work/input.jsonl" "$work/paths.txt" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as lines, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in lines:
        out.write("/works/" + json.loads(line)["credentialSubject"]["id"][len("urn:uuid:"):] + "\n")
PY

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is in use (another benchmark?); set BENCH_PORT" >&2; exit 2
fi
echo "== starting the registry (data in $data)"
java -Xms512m -Xmx4g -jar registry/target/registry.jar --server.port="$port" \
  --registry.graph.data-dir="$data/tdb2" --logging.level.root=WARN >"$work/registry.log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/consent-registry/context/v1" >/dev/null && break
  sleep 1
done
kill -0 "$pid" 2>/dev/null || { cat "$work/registry.log" >&2; exit 1; }

echo "== fill: wrk, 1 thread, 64 connections, $count credentials"
total() {
  curl -sf "http://127.0.0.1:$port/records?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/'
}
start=$(date +%s)
BENCH_INPUT="$work/input.jsonl" BENCH_THREADS=1 \
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
missing=0
for path in $(shuf -n 20 "$work/paths.txt"); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "http://127.0.0.1:$port$path")
  [ "$code" = 200 ] || missing=$(( missing + 1 ))
done
echo "sampled work pages not answering 200: $missing of 20"

echo "== warm-up: 20 s"
BENCH_PATHS="$work/paths.txt" wrk -t4 -c16 -d20s -s registry/src/bench/work-page.lua \
  "http://127.0.0.1:$port" >/dev/null
echo "== work pages: wrk, 4 threads, 16 connections, ${duration}s"
BENCH_PATHS="$work/paths.txt" wrk -t4 -c16 -d"${duration}s" --timeout 10s --latency \
  -s registry/src/bench/work-page.lua "http://127.0.0.1:$port"
echo "RSS: $(ps -o rss= -p "$pid") KiB, data directory: $(du -sh "$data" | cut -f1)"
