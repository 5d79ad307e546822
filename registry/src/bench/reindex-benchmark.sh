#!/usr/bin/env bash
# Reindex benchmark (see docs/benchmarks.md, "Reindex"): starts the registry on a prepared data
# directory (one that search-benchmark.sh filled, BENCH_DATA/tdb2), waits until the search index
# covers the journal, then runs RUNS full reindexes through POST /admin/search/reindex one after
# the other. For each it prints works per second and the CPU time the registry and (with
# BENCH_BACKEND=elasticsearch) the node used: user + system time from /proc/<pid>/stat, robust when
# other processes share the cores, unlike works per second.
# Usage, from the repository root after 'mvn -DskipTests package':
#   BENCH_DATA=<dir> bash registry/src/bench/reindex-benchmark.sh [RUNS]
# Environment:
#   BENCH_DATA          the prepared directory (required; its tdb2 is opened, so not a read-only one)
#   BENCH_BACKEND       lucene (default) or elasticsearch
#   BENCH_REGISTRY_ARGS extra registry arguments (e.g. the Elasticsearch URIs)
#   BENCH_PORT          the registry's port (18093)
#   BENCH_JAR           the registry jar (registry/target/registry.jar)
#   BENCH_JAVA_OPTS     extra JVM options for the registry (e.g. a JFR recording)
#   BENCH_NODE_PID      the Elasticsearch node's process id (default: es-node.sh's pid file, ES_NODE_DIR)
set -euo pipefail
runs="${1:-2}"
port="${BENCH_PORT:-18093}"
backend="${BENCH_BACKEND:-lucene}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
data="${BENCH_DATA:?set BENCH_DATA to a prepared data directory}"
jar="${BENCH_JAR:-$root/registry/target/registry.jar}"
work="$(mktemp -d)"
trap 'stop_registry; rm -rf "$work"' EXIT
stop_registry() {
  [ -n "${pid:-}" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  pid=""
}
base="http://127.0.0.1:$port"
if curl -s -o /dev/null "$base/"; then
  echo "port $port is in use (another benchmark?); set BENCH_PORT" >&2; exit 2
fi
echo "== starting the registry ($jar, backend $backend, data in $data/tdb2)"
# shellcheck disable=SC2086
java -Xms512m -Xmx4g ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" \
  --registry.graph.data-dir="$data/tdb2" --registry.search.backend="$backend" \
  --logging.level.root=WARN ${BENCH_REGISTRY_ARGS:-} >"$work/registry.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  curl -sf "$base/consent-registry/context/v1" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
curl -sf "$base/consent-registry/context/v1" >/dev/null || { echo "the registry did not start" >&2; cat "$work/registry.log" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$1/stat"; }
node_pid="${BENCH_NODE_PID:-}"
node_pidfile="${ES_NODE_DIR:-$root/registry/target/bench-elasticsearch}/node.pid"
if [ -z "$node_pid" ] && [ "$backend" = elasticsearch ] && [ -f "$node_pidfile" ]; then node_pid=$(cat "$node_pidfile"); fi
node_cpu_ms() { if [ -n "$node_pid" ] && [ -r "/proc/$node_pid/stat" ]; then cpu_ms "$node_pid"; else echo 0; fi; }

echo "waiting for the index to cover the journal"
for _ in $(seq 1 3600); do
  s=$(curl -sf "$base/search/status" || echo '{}')
  position=$(echo "$s" | sed -E 's/.*"position":(-?[0-9]+).*/\1/')
  journal=$(echo "$s" | sed -E 's/.*"journalSize":(-?[0-9]+).*/\1/')
  [ -n "$journal" ] && [ "$position" = "$journal" ] && break
  sleep 1
done
echo "index: $(curl -sf "$base/search/status")"
sleep 5
for run in $(seq 1 "$runs"); do
  before=$(cpu_ms "$pid")
  node_before=$(node_cpu_ms)
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  curl -sf -X POST "$base/admin/search/reindex" >"$work/reindex.json"
  used=$(( $(cpu_ms "$pid") - before ))
  node_used=$(( $(node_cpu_ms) - node_before ))
  documents=$(sed -E 's/.*"documents":([0-9]+).*/\1/' "$work/reindex.json")
  echo "reindex $run: $(cat "$work/reindex.json")"
  echo "reindex $run: $documents works, $(sed -E 's/.*"documentsPerSecond":([0-9]+).*/\1/' "$work/reindex.json") works/s," \
    "registry CPU $used ms ($(awk -v u="$used" -v d="$documents" 'BEGIN { printf "%.3f", u / d }') ms/work)," \
    "node CPU $node_used ms ($(awk -v u="$node_used" -v d="$documents" 'BEGIN { printf "%.3f", u / d }') ms/work)" \
    "(load average before: $load)"
done
stop_registry
