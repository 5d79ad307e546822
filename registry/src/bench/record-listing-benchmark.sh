#!/usr/bin/env bash
# Record listing benchmark (see docs/benchmarks.md, "Record listing"): the registry's startup on a
# prepared data directory (wall time until it answers, and its CPU time by then), then the CPU time
# per GET /records request for each kind of listing (all records, an issuer's, a work's, deep
# offsets, as of a past log size), each request sent one after the other by curl. CPU time is
# utime + stime of the registry process from /proc/<pid>/stat, divided by the requests sent: a
# figure that other load on the machine disturbs much less than wall time.
# Usage, from the repository root after 'mvn -DskipTests package':
#   BENCH_DATA=<copy of a prepared data directory> bash registry/src/bench/record-listing-benchmark.sh [REQUESTS] [SECONDS]
# REQUESTS (200) per listing, or as many as fit in SECONDS (20) if fewer.
# Environment: BENCH_DATA, a directory holding tdb2/ (and log-keys/), e.g. a copy of the one
# work-page-benchmark.sh fills (cp -a --sparse=always): it is written to, a registry that keeps the
# listings builds them at its first start; BENCH_JAR (registry/target/registry.jar); BENCH_PORT
# (18481); BENCH_JAVA_OPTS; BENCH_OUT, a directory to keep each listing's first answer in (to
# compare two builds' answers with diff).
set -euo pipefail
requests="${1:-200}"
seconds="${2:-20}"
data="${BENCH_DATA:?set BENCH_DATA to a copy of a prepared data directory}"
port="${BENCH_PORT:-18481}"
jar="${BENCH_JAR:-registry/target/registry.jar}"
out="${BENCH_OUT:-}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
[ -f "$jar" ] || { echo "no $jar: build first (mvn -DskipTests package)" >&2; exit 2; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
  echo "port $port is in use; set BENCH_PORT" >&2; exit 2
fi
log="$(mktemp)"
stop() {
  kill "${pid:-}" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "${pid:-}" 2>/dev/null || break; sleep 1; done
  rm -f "$log"
}
trap stop EXIT
ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$pid/stat"; }
now_ms() { date +%s%3N; }

started=$(now_ms)
# shellcheck disable=SC2086
java -Xms512m -Xmx4g ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" \
  --registry.graph.data-dir="$data/tdb2" --registry.log.key-dir="$data/log-keys" \
  --logging.level.root=WARN --logging.level.org.consentregistry.registry.consent=INFO \
  --logging.level.org.consentregistry.registry.decision=INFO >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 1800); do
  curl -sf "http://127.0.0.1:$port/consent-registry/context/v1" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.2
done
echo "== $jar: answering after $(( ($(now_ms) - started) )) ms wall, $(cpu_ms) ms registry CPU, load $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "Record listings built|Decision rules compiled" "$log" | sed -E 's/^.*(Record listings|Decision rules)/  \1/' || true

first="$(curl -sf "http://127.0.0.1:$port/records?limit=1")"
issuer="$(printf '%s' "$first" | sed -E 's/.*"issuer":"([^"]+)".*/\1/')"
work="$(printf '%s' "$first" | sed -E 's/.*"work":"([^"]+)".*/\1/')"
total="$(printf '%s' "$first" | sed -E 's/.*"total":([0-9]+).*/\1/')"
half=$(( total / 2 ))
echo "== $total records; issuer $issuer, work $work"

measure() { # $1 = name, $2 = path and query
  curl -sf "http://127.0.0.1:$port$2" >"${out:-/tmp}/listing-$1.json.tmp" || { echo "$1: failed" >&2; return; }
  [ -n "$out" ] && mv "$out/listing-$1.json.tmp" "$out/listing-$1.json" || rm -f "/tmp/listing-$1.json.tmp"
  local cpu_before wall_before n=0
  cpu_before=$(cpu_ms)
  wall_before=$(now_ms)
  while [ "$n" -lt "$requests" ] && [ $(( $(now_ms) - wall_before )) -lt $(( seconds * 1000 )) ]; do
    curl -sf -o /dev/null "http://127.0.0.1:$port$2"
    n=$(( n + 1 ))
  done
  awk -v name="$1" -v n="$n" -v cpu=$(( $(cpu_ms) - cpu_before )) -v wall=$(( $(now_ms) - wall_before )) \
    -v idle="$idle" 'BEGIN { printf "%-22s %5d requests: %9.2f ms registry CPU (%.2f net of idle), %9.2f ms wall per request\n",
      name, n, cpu / n, (cpu - idle * wall / 1000) / n, wall / n }'
}
# the registry's CPU per second while nothing is asked (indexer, checkpoints, JIT, GC), to read
# the figures below against: each request is charged that much per second of its wall time
idle_before=$(cpu_ms); sleep 10
idle=$(awk -v c=$(( $(cpu_ms) - idle_before )) 'BEGIN { printf "%.1f", c / 10 }')
echo "== idle: $idle ms registry CPU per second"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
measure all-first "/records?limit=1"
measure all-page "/records?limit=20"
measure all-offset-1000 "/records?limit=20&offset=1000"
measure all-offset-99000 "/records?limit=100&offset=99000"
measure issuer "/records?issuer=$(enc "$issuer")&limit=20"
measure issuer-offset-5000 "/records?issuer=$(enc "$issuer")&limit=20&offset=5000"
measure work "/records?work=$(enc "$work")"
measure issuer-and-work "/records?issuer=$(enc "$issuer")&work=$(enc "$work")"
measure all-as-of-half "/records?limit=20&logSize=$half"
measure issuer-as-of-half "/records?issuer=$(enc "$issuer")&limit=20&logSize=$half"
echo "== registry CPU in all: $(cpu_ms) ms, load $(cut -d' ' -f1-3 /proc/loadavg)"
