#!/usr/bin/env bash
# Search benchmark (see docs/benchmarks.md, "Search").
#  1. signs WORKS distinct credentials (generated now, never committed: titles, creators,
#     descriptions and identifiers from ExampleWorks);
#  2. starts the registry on a fresh data directory with the search backend $BENCH_BACKEND
#     (lucene by default; for Elasticsearch also pass its settings in $BENCH_REGISTRY_ARGS, e.g.
#     "--registry.search.elasticsearch.uris=http://127.0.0.1:9200");
#  3. submits them all (wrk, 64 connections) and waits until the index covers the journal;
#  4. search phase: wrk, 2 threads, 16 connections, DURATION seconds, over a mix of full-text,
#     exact URL, URL prefix, domain, hash, filtered and faceted queries and cursor paging;
#     prints p50/p99 latency and requests per second;
#  5. a timed full reindex through POST /admin/search/reindex (works per second).
# Prints, besides latency and throughput, the registry's CPU time per search request (user +
# system time of its process from /proc/<pid>/stat, before and after the search phase, over the
# requests wrk completed): robust when other processes share the cores, unlike latency.
# With BENCH_BACKEND=elasticsearch and the node of es-node.sh (or BENCH_NODE_PID), also the node's
# CPU time per request and per reindexed work, and its query/fetch phase times from _nodes/stats.
# Usage, from the repository root after 'mvn -DskipTests package':
#   bash registry/src/bench/search-benchmark.sh [WORKS] [DURATION]
# Environment:
#   BENCH_BACKEND      lucene (default) or elasticsearch
#   BENCH_REGISTRY_ARGS extra registry arguments (e.g. the Elasticsearch URIs)
#   BENCH_PORT         the registry's port (18081)
#   BENCH_DATA         a directory kept between runs: the signed input and the registry's data
#                      directory live there; a run that finds WORKS signed credentials skips
#                      signing, and one whose registry already holds WORKS records skips filling
#                      (signing and filling 100,000 works take about 10 minutes)
#   BENCH_JAVA_OPTS    extra JVM options for the registry, e.g.
#                      "-XX:StartFlightRecording=filename=/tmp/search.jfr,settings=profile"
#   BENCH_REINDEX      0 to skip the reindex phase
#   BENCH_NODE_PID     the Elasticsearch node's process id (default: es-node.sh's pid file)
#   BENCH_NODE_URL     the node's address for _nodes/stats (http://127.0.0.1:9200)
#   BENCH_WARMUP       seconds of warm-up before the measured phase (120). Both JVMs (registry
#                      and node) have just started: on 2 cores the C2 compilation of the node
#                      alone takes over a minute. With 15 s the Elasticsearch run measured p99
#                      181 ms and 2.67 + 4.00 CPU-ms per request; with 120 s, on the same code,
#                      65 ms and 0.75 + 1.07 (docs/benchmarks.md)
set -euo pipefail
works="${1:-100000}"
duration="${2:-60}"
port="${BENCH_PORT:-18081}"
backend="${BENCH_BACKEND:-lucene}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${BENCH_WORK:-$(mktemp -d)}"
data="${BENCH_DATA:-$work}"
mkdir -p "$data"
trap 'stop_registry; rm -rf "$work"' EXIT
stop_registry() {
  [ -n "${pid:-}" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  pid=""
}
cd "$root"
base="http://127.0.0.1:$port"

mvn -q -pl registry -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log"; exit 1; }
cp="registry/target/classes:registry/target/test-classes:$(cat "$work/cp.txt")"
input="$data/input.jsonl"
if [ -f "$input" ] && [ "$(wc -l < "$input")" -ge "$works" ]; then
  echo "== reusing $(wc -l < "$input") signed credentials in $input"
else
  echo "== signing $works credentials"
  java -cp "$cp" org.consentregistry.registry.demo.BenchmarkInputs "$works" "$input.tmp"
  mv "$input.tmp" "$input"
fi

if curl -s -o /dev/null "$base/"; then
  echo "port $port is in use (another benchmark?); set BENCH_PORT" >&2; exit 2
fi
echo "== starting the registry (backend $backend, data in $data/tdb2)"
# shellcheck disable=SC2086
java -Xms512m -Xmx4g ${BENCH_JAVA_OPTS:-} -jar registry/target/registry.jar --server.port="$port" \
  --registry.graph.data-dir="$data/tdb2" --registry.search.backend="$backend" \
  --logging.level.root=WARN ${BENCH_REGISTRY_ARGS:-} >"$work/registry.log" 2>&1 &
pid=$!
# a registry holding many records loads them all at startup (minutes under load)
for _ in $(seq 1 900); do
  curl -sf "$base/consent-registry/context/v1" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
curl -sf "$base/consent-registry/context/v1" >/dev/null || { echo "the registry did not start" >&2; cat "$work/registry.log" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
# the registry's CPU time so far (user + system), in milliseconds
cpu_ms() { awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$pid/stat"; }
node_pid="${BENCH_NODE_PID:-}"
node_pidfile="$root/registry/target/bench-elasticsearch/node.pid"
if [ -z "$node_pid" ] && [ "$backend" = elasticsearch ] && [ -f "$node_pidfile" ]; then node_pid=$(cat "$node_pidfile"); fi
node_url="${BENCH_NODE_URL:-http://127.0.0.1:9200}"
# the node's CPU time so far in milliseconds (0 without a node)
node_cpu_ms() {
  if [ -n "$node_pid" ] && [ -r "/proc/$node_pid/stat" ]; then
    awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$node_pid/stat"
  else echo 0; fi
}
# the node's search totals: "<queries> <query ms> <fetches> <fetch ms>" (zeros without a node)
node_search() {
  [ -n "$node_pid" ] || { echo "0 0 0 0"; return; }
  curl -sf "$node_url/_nodes/stats/indices/search" | tr ',' '\n' | awk -F: '
    /"query_total"/ && !q { q = $2 } /"query_time_in_millis"/ && !qt { qt = $2 }
    /"fetch_total"/ && !f { f = $2 } /"fetch_time_in_millis"/ && !ft { ft = $2 }
    END { print q + 0, qt + 0, f + 0, ft + 0 }' || echo "0 0 0 0"
}

status() { curl -sf "$base/search/status" || echo '{}'; }
field() { sed -E "s/.*\"$1\":(-?[0-9]+).*/\1/"; }

total() { curl -sf "$base/records?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
start=$(date +%s)
if [ "$(total || echo 0)" -ge "$works" ]; then
  echo "== the registry already holds $(total) records: not filling"
else
echo "== submitting $works works (wrk, 64 connections)"
BENCH_INPUT="$input" BENCH_THREADS=1 \
  wrk -t1 -c64 -d3h --timeout 60s -s registry/src/bench/submit.lua "$base/records" >"$work/fill.txt" 2>&1 &
wrk_pid=$!
last=-1
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 5
  n=$(total || echo 0)
  # done when all are in, or when nothing arrived for 5 s (a request lost at the end)
  if [ "$n" -ge "$works" ] || [ "$n" = "$last" ]; then kill -INT "$wrk_pid" 2>/dev/null || true; fi
  last=$n
done
echo "records: $(total)"
grep -E "answers other than 201" "$work/fill.txt" || true
echo "submitted in $(( $(date +%s) - start )) s"
fi
echo "waiting for the index"
for _ in $(seq 1 1800); do
  s=$(status)
  position=$(echo "$s" | sed -E 's/.*"position":(-?[0-9]+).*/\1/')
  journal=$(echo "$s" | field journalSize)
  [ -n "$journal" ] && [ "$position" = "$journal" ] && break
  sleep 1
done
echo "index: $(status)"
echo "indexed $(( $(date +%s) - start )) s after the first submission"

echo "== query mix"
queries="$work/queries.txt"
{
  for q in harbour lighthouse%20fog "tram%20depot" glacier%20winter ada%20example "salt%20marsh" \
    "night%20train%20rain" orchard "library%20noon" chiamaka "foundry%20storm" "quarr*"; do
    echo "/search?q=$q"
    echo "/search?q=$q&purpose=tdm:refused"
  done
  grep -o '"url":"[^"]*"' "$input" | shuf -n 40 --random-source=<(yes) \
    | sed -E 's/"url":"(.*)"/\/search?url=\1/'
  grep -o '"sha256":"[0-9a-f]*"' "$input" | shuf -n 10 --random-source=<(yes) \
    | sed -E 's/"sha256":"(.*)"/\/search?sha256=\1/'
  for site in art.example photos.example.org studio.example.net music.example.com writing.example; do
    echo "/search?domain=$site"
    echo "/search?prefix=https://$site/works/&sort=newest"
    echo "/search?domain=$site&purpose=genai-train:refused&mediaType=image/jpeg"
  done
  echo "/search?purpose=ai-train:conditional&status=current"
  echo "/search?mediaType=audio/flac&verified=false&sort=oldest"
  echo "/search?status=current&sort=newest&size=50"
  echo "/search/suggest?prefix=har"
  echo "/search/suggest?prefix=gl"
  for _ in $(seq 1 12); do echo "@page"; done
} > "$queries"
echo "$(wc -l < "$queries") requests in the mix (see $queries)"

warmup="${BENCH_WARMUP:-120}"
echo "== warm-up: wrk, 2 threads, 16 connections, ${warmup}s"
BENCH_QUERIES="$queries" wrk -t2 -c16 -d"${warmup}s" --timeout 10s -s registry/src/bench/search.lua "$base" \
  >"$work/warm-up.txt" 2>&1 || true
echo "== search: wrk, 2 threads, 16 connections, ${duration}s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
before=$(cpu_ms)
node_before=$(node_cpu_ms)
read -r q0 qt0 f0 ft0 <<<"$(node_search)"
BENCH_QUERIES="$queries" wrk -t2 -c16 -d"${duration}s" --timeout 10s --latency \
  -s registry/src/bench/search.lua "$base" | tee "$work/search.txt"
used=$(( $(cpu_ms) - before ))
requests=$(sed -nE 's/^requests: ([0-9]+)$/\1/p' "$work/search.txt")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "registry CPU: $used ms for ${requests:-0} requests: $(awk -v u="$used" -v r="${requests:-0}" \
  'BEGIN { if (r > 0) printf "%.2f", u / r; else print "n/a" }') CPU-ms per request"
if [ -n "$node_pid" ]; then
  node_used=$(( $(node_cpu_ms) - node_before ))
  read -r q1 qt1 f1 ft1 <<<"$(node_search)"
  echo "node CPU: $node_used ms for ${requests:-0} requests: $(awk -v u="$node_used" -v r="${requests:-0}" \
    'BEGIN { if (r > 0) printf "%.2f", u / r; else print "n/a" }') CPU-ms per request;" \
    "shard query phases $((q1 - q0)) ($((qt1 - qt0)) ms), fetch phases $((f1 - f0)) ($((ft1 - ft0)) ms)"
fi

if [ "${BENCH_REINDEX:-1}" != 0 ]; then
  echo "== reindex: POST /admin/search/reindex"
  before=$(cpu_ms)
  node_before=$(node_cpu_ms)
  curl -sf -X POST "$base/admin/search/reindex" | tee "$work/reindex.json"
  echo
  echo "reindex: $(sed -E 's/.*"documentsPerSecond":([0-9]+).*/\1/' "$work/reindex.json") works/s," \
    "registry CPU $(( $(cpu_ms) - before )) ms, node CPU $(( $(node_cpu_ms) - node_before )) ms" \
    "(load average: $(cut -d' ' -f1-3 /proc/loadavg))"
fi
stop_registry
