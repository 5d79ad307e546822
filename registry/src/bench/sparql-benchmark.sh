#!/usr/bin/env bash
# SPARQL endpoint load benchmark (see docs/benchmarks.md).
#  1. starts the registry on a fresh TDB2 directory with WORKS demo works (signed at start-up
#     by the public demo key, through the normal submission pipeline) and waits until the
#     SPARQL endpoint sees them all;
#  2. the HTML query form: wrk, CONNECTIONS connections, DURATION seconds;
#  3. the guide's example queries (docs/guides/search-and-sparql.md, "Examples"; a test keeps
#     them identical to the form's), round robin, each in the format of its "run it" link.
# Usage, from the repository root after 'mvn -DskipTests package':
#   bash registry/src/bench/sparql-benchmark.sh [WORKS] [DURATION] [CONNECTIONS]
set -euo pipefail
works="${1:-5000}"
duration="${2:-30}"
connections="${3:-16}"
port="${BENCH_PORT:-18081}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${BENCH_WORK:-$(mktemp -d)}"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$root"

# The examples as "format<TAB>query" lines: each ```sparql block after "### Examples",
# with the format its form link uses (CONSTRUCT: ttl, counts: csv, others: json).
awk '
  /^### Examples/ { in_examples = 1 }
  in_examples && /^```sparql/ { query = ""; reading = 1; next }
  reading && /^```/ { reading = 0
    format = (query ~ /CONSTRUCT/) ? "ttl" : ((query ~ /COUNT\(/) ? "csv" : "json")
    print format "\t" query; next }
  reading { query = query (query == "" ? "" : "\\n") $0 }
' docs/guides/search-and-sparql.md > "$work/queries.tsv"
echo "== $(wc -l < "$work/queries.tsv") example queries"

if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "Port $port is in use; set BENCH_PORT" >&2
  exit 1
fi
echo "== starting the registry with $works demo works (data in $work/tdb2)"
java -Xms512m -Xmx2g -jar registry/target/registry.jar --server.port="$port" \
  --registry.graph.data-dir="$work/tdb2" --registry.demo.enabled=true --registry.demo.works="$works" \
  --logging.level.root=WARN >"$work/registry.log" 2>&1 &
pid=$!
count_query='PREFIX cr: <https://w3id.org/consent-registry/vocab#>
SELECT (COUNT(?r) AS ?n) WHERE { GRAPH <urn:consent-registry:registry> { ?r cr:status cr:Current } }'
count() {
  curl -sf -G "http://127.0.0.1:$port/sparql" -H 'Accept: text/csv' \
    --data-urlencode "query=$count_query" | tail -n 1 | tr -d '\r'
}
start=$(date +%s)
until [ "$(count 2>/dev/null || true)" = "$works" ]; do
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/registry.log"; exit 1; }
  sleep 2
done
echo "loaded in $(( $(date +%s) - start )) s; idle RSS: $(ps -o rss= -p "$pid") KiB"

# A warm-up, so the JIT and the TDB2 caches are not part of the figures.
BENCH_QUERIES="$work/queries.tsv" wrk -t1 -c4 -d10s -s registry/src/bench/sparql.lua \
  "http://127.0.0.1:$port" >/dev/null

echo "== query form (text/html): wrk, 2 threads, $connections connections, ${duration}s"
BENCH_FORM=1 wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s --latency -s registry/src/bench/sparql.lua \
  "http://127.0.0.1:$port"
echo "== example queries: wrk, 2 threads, $connections connections, ${duration}s"
BENCH_QUERIES="$work/queries.tsv" wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s --latency \
  -s registry/src/bench/sparql.lua "http://127.0.0.1:$port"
echo "RSS after: $(ps -o rss= -p "$pid") KiB"
