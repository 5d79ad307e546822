#!/usr/bin/env bash
# End-to-end submission benchmark: signs COUNT distinct credentials, starts the registry on a fresh
# TDB2 directory, POSTs them with wrk (8 connections, 2 threads) until all are in, and reports
# throughput, latency percentiles and the registry's resident memory idle and after the load.
# Usage (from the repository root, after 'mvn -DskipTests package'):
#   bash registry/src/bench/submission-benchmark.sh [COUNT]
set -euo pipefail
count="${1:-100000}"
port="${BENCH_PORT:-18080}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

cd "$root"
mvn -q -pl registry -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="registry/target/classes:registry/target/test-classes:$(cat "$work/cp.txt")"
echo "== signing $count credentials"
/usr/bin/time -f "signing: %e s wall, %M KiB max RSS" \
  java -cp "$cp" org.consentregistry.registry.demo.BenchmarkInputs "$count" "$work/input.jsonl"

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

echo "== wrk: 2 threads, 8 connections"
BENCH_INPUT="$work/input.jsonl" BENCH_THREADS=2 \
  wrk -t2 -c8 -d900s --timeout 30s --latency -s registry/src/bench/submit.lua "http://127.0.0.1:$port/records"
sleep 5
echo "RSS after $count records: $(ps -o rss= -p "$pid") KiB"
echo "data directory: $(du -sh "$work/tdb2" | cut -f1)"
