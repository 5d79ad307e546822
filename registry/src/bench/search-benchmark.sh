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
# Usage, from the repository root after 'mvn -DskipTests package':
#   bash registry/src/bench/search-benchmark.sh [WORKS] [DURATION]
set -euo pipefail
works="${1:-100000}"
duration="${2:-60}"
port="${BENCH_PORT:-18081}"
backend="${BENCH_BACKEND:-lucene}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${BENCH_WORK:-$(mktemp -d)}"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$root"
base="http://127.0.0.1:$port"

mvn -q -pl registry -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log"; exit 1; }
cp="registry/target/classes:registry/target/test-classes:$(cat "$work/cp.txt")"
echo "== signing $works credentials"
java -cp "$cp" org.consentregistry.registry.demo.BenchmarkInputs "$works" "$work/input.jsonl"

echo "== starting the registry (backend $backend, data in $work/tdb2)"
# shellcheck disable=SC2086
java -Xms512m -Xmx4g -jar registry/target/registry.jar --server.port="$port" \
  --registry.graph.data-dir="$work/tdb2" --registry.search.backend="$backend" \
  --logging.level.root=WARN ${BENCH_REGISTRY_ARGS:-} >"$work/registry.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "$base/consent-registry/context/v1" >/dev/null && break
  sleep 1
done

status() { curl -sf "$base/search/status" || echo '{}'; }
field() { sed -E "s/.*\"$1\":(-?[0-9]+).*/\1/"; }

echo "== submitting $works works (wrk, 64 connections)"
start=$(date +%s)
total() { curl -sf "$base/records?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/'; }
BENCH_INPUT="$work/input.jsonl" BENCH_THREADS=1 \
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
echo "submitted in $(( $(date +%s) - start )) s; waiting for the index"
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
  grep -o '"url":"[^"]*"' "$work/input.jsonl" | shuf -n 40 --random-source=<(yes) \
    | sed -E 's/"url":"(.*)"/\/search?url=\1/'
  grep -o '"sha256":"[0-9a-f]*"' "$work/input.jsonl" | shuf -n 10 --random-source=<(yes) \
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

echo "== search: wrk, 2 threads, 16 connections, ${duration}s"
BENCH_QUERIES="$queries" wrk -t2 -c16 -d"${duration}s" --timeout 10s --latency \
  -s registry/src/bench/search.lua "$base"

echo "== reindex: POST /admin/search/reindex"
curl -sf -X POST "$base/admin/search/reindex"
echo
