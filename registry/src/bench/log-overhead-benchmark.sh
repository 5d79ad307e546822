#!/usr/bin/env bash
# Transparency-log overhead (see docs/benchmarks.md): submission throughput with the log on
# (Merkle tree, checkpoints, a receipt in every answer) against the log off
# (registry.log.enabled=false), measured in the same run, alternating, each round on a fresh data
# directory (so every round submits the same credentials as new ones) with a warm-up. Credentials
# are signed now (never committed). Besides throughput and latency it reports the registry's CPU
# time per submission (utime + stime of the registry process from /proc/<pid>/stat over the
# measured phase, divided by the requests wrk completed): a figure that other load on the
# machine disturbs much less than throughput.
# Usage, from the repository root after 'mvn -DskipTests package':
#   bash registry/src/bench/log-overhead-benchmark.sh [ROUNDS] [DURATION] [CONNECTIONS]
# Environment: BENCH_JAVA_OPTS, extra JVM options for the registry (e.g. a JFR recording);
# BENCH_MODES, the log settings to run each round (default "false true"; "true" for log on only);
# BENCH_JARS, the registry jars to run each round, side by side for an A/B of two builds (default
# registry/target/registry.jar; e.g. "/tmp/before.jar registry/target/registry.jar").
set -euo pipefail
rounds="${1:-2}"
duration="${2:-30}"
connections="${3:-8}"
port="${BENCH_PORT:-18082}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="${BENCH_WORK:-$(mktemp -d)}"
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$root"

mvn -q -pl registry -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="registry/target/classes:registry/target/test-classes:$(cat "$work/cp.txt")"
per_run=$(( 2000 + duration * 1000 ))
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# utime + stime per thread name (digits folded, so the HTTP threads add up), one "name ticks" a line
thread_ticks() {
  for t in /proc/"$1"/task/*; do
    sed -E 's/^[0-9]+ \((.*)\) .*$/\1/' "$t/stat" | tr -d '0-9 ' | tr '\n' ' '
    awk '{ n = split($0, f, ") "); split(f[n], g, " "); print g[12] + g[13] }' "$t/stat"
  done 2>/dev/null | awk '{ s[$1] += $2 } END { for (k in s) print k, s[k] }' || true
}
echo "== signing $per_run credentials"
java -cp "$cp" org.consentregistry.registry.demo.BenchmarkInputs "$per_run" "$work/input.jsonl"

run() { # $1 = true|false (log), $2 = jar, $3 = round
  rm -rf "$work/data" && mkdir -p "$work/data"
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Port $port is taken by another server; set BENCH_PORT to a free one" >&2
    exit 1
  fi
  java -Xms512m -Xmx4g ${BENCH_JAVA_OPTS:-} -jar "$2" --server.port="$port" \
    --registry.graph.data-dir="$work/data/tdb2" --registry.log.key-dir="$work/data/keys" \
    --registry.log.enabled="$1" --logging.level.root=WARN >"$work/registry.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/consent-registry/context/v1" >/dev/null && break
    sleep 1
  done
  head -n 2000 "$work/input.jsonl" > "$work/warm.jsonl"
  tail -n +2001 "$work/input.jsonl" > "$work/measure.jsonl"
  BENCH_INPUT="$work/warm.jsonl" BENCH_THREADS=1 wrk -t1 -c"$connections" -d20s --timeout 30s \
    -s registry/src/bench/submit.lua "http://127.0.0.1:$port/records" >/dev/null 2>&1
  cpu_before=$(cpu_ticks "$pid")
  thread_ticks "$pid" > "$work/threads-before.txt"
  BENCH_INPUT="$work/measure.jsonl" BENCH_THREADS=1 wrk -t1 -c"$connections" -d"${duration}s" --timeout 30s \
    --latency -s registry/src/bench/submit.lua "http://127.0.0.1:$port/records" > "$work/wrk.txt" 2>&1
  cpu_after=$(cpu_ticks "$pid")
  thread_ticks "$pid" > "$work/threads-after.txt"
  requests=$(sed -nE 's/^ *([0-9]+) requests in .*/\1/p' "$work/wrk.txt")
  cpu_ms=$(awk -v t=$(( cpu_after - cpu_before )) -v hz="$ticks" -v n="${requests:-0}" \
    'BEGIN { if (n > 0) printf "%.2f", t * 1000 / hz / n; else print "nan" }')
  rps=$(sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' "$work/wrk.txt")
  p50=$(sed -nE 's/^p50 latency: (.*)/\1/p' "$work/wrk.txt")
  p99=$(sed -nE 's/^p99 latency: (.*)/\1/p' "$work/wrk.txt")
  other=$(sed -nE 's/^answers other than 201: (.*)/\1/p' "$work/wrk.txt")
  echo "log=$1 jar=$2 round=$3: $rps submissions/s, p50 $p50, p99 $p99, answers other than 201: $other, registry CPU $cpu_ms ms/submission ($requests requests), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$1 $rps $cpu_ms $2" >> "$work/results.txt"
  echo "  per thread, CPU ms/submission: $(awk -v hz="$ticks" -v n="${requests:-0}" '
    NR == FNR { b[$1] = $2; next } { d = $2 - b[$1]; if (n > 0 && d * 1000 / hz / n >= 0.05)
    printf "%s %.2f, ", $1, d * 1000 / hz / n }' "$work/threads-before.txt" "$work/threads-after.txt")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

for round in $(seq 1 "$rounds"); do
  for mode in ${BENCH_MODES:-false true}; do
    for jar in ${BENCH_JARS:-registry/target/registry.jar}; do
      run "$mode" "$jar" "$round"
    done
  done
done
awk '{ k = $1 " " $4; sum[k] += $2; cpu[k] += $3; n[k]++ } END {
  for (k in n) { split(k, f, " "); printf "mean: log %s, %s: %.1f/s, registry CPU %.2f ms/submission\n", (f[1] == "true" ? "on" : "off"), f[2], sum[k] / n[k], cpu[k] / n[k] } }' "$work/results.txt"
awk '{ sum[$1] += $2; cpu[$1] += $3; n[$1]++ } END {
  for (m in n) printf "mean: log %s %.1f/s, registry CPU %.2f ms/submission\n", (m == "true" ? "on" : "off"), sum[m] / n[m], cpu[m] / n[m];
  if (n["false"] && n["true"]) printf "ratio on/off %.2f\n", (sum["true"] / n["true"]) / (sum["false"] / n["false"]) }' "$work/results.txt"
