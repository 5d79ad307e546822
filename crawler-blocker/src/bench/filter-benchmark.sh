#!/usr/bin/env bash
# Whole-command benchmark of `crawler-blocker filter` (docs/benchmarks.md, "Compiled engine"):
# generates at run time (never committed) a signed snapshot of RULES rules and a JSONL
# manifest of LINES lines, one in ten listed, then times, on the same file and in the same
# run, `crawler-blocker filter` and the baseline `grep -F -v -f urls.txt` with GNU time -v
# (wall time, max RSS). Prints the load average with every figure. Unattended; run from
# anywhere:  crawler-blocker/src/bench/filter-benchmark.sh
# Settings: RULES (10000000), LINES (10000000), WORK (crawler-blocker/target/filter-benchmark),
# GREP_TIMEOUT seconds (900), SKIP_BUILD=1 to reuse the last build and data, KEEP_DATA=1 to
# rebuild but reuse the data, SKIP_GREP=1 to time filter only.
set -euo pipefail
RULES=${RULES:-10000000}
LINES=${LINES:-10000000}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${WORK:-$ROOT/crawler-blocker/target/filter-benchmark}
GREP_TIMEOUT=${GREP_TIMEOUT:-900}
mkdir -p "$WORK"
cd "$ROOT"
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
field() { grep -F "$1" "$2" | sed 's/.*: //'; }
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$1"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
	mvn -q -pl crawler-blocker -am -DskipTests package dependency:build-classpath \
		-Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
	JAR=$(ls crawler-blocker/target/crawler-blocker-*.jar | grep -v sources | head -1)
	echo "$JAR:crawler-blocker/target/test-classes:$(cat "$WORK/classpath.txt")" > "$WORK/cp.txt"
	if [ "${KEEP_DATA:-0}" != 1 ] || [ ! -f "$WORK/data/manifest.jsonl" ]; then
		rm -rf "$WORK/data"
		java -Xmx8g -cp "$(cat "$WORK/cp.txt")" org.consentregistry.blocker.engine.jmh.BenchmarkData \
			"$RULES" "$LINES" "$WORK/data"
	fi
fi
CP=$(cat "$WORK/cp.txt")
DATA=$WORK/data
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
echo "input: $(wc -l < "$DATA/manifest.jsonl") lines, $(du -h "$DATA/manifest.jsonl" | cut -f1); rules: $RULES"

load
/usr/bin/time -v java -Xmx2g -cp "$CP" org.consentregistry.blocker.cli.CrawlerBlockerCli filter \
	--snapshot "$DATA/snapshot" --registry-key "$DATA/registry-key.txt" --input "$DATA/manifest.jsonl" \
	--kept "$WORK/kept.jsonl" --dropped "$WORK/dropped.jsonl" --receipt "$WORK/receipt.json" \
	--key "$DATA/coop-key.json" --unknown keep --progress never 2> "$WORK/filter.time"
load
FILTER_WALL=$(seconds "$(field 'Elapsed (wall clock)' "$WORK/filter.time")")
echo "filter: wall $FILTER_WALL s, $(awk -v l="$LINES" -v s="$FILTER_WALL" 'BEGIN { printf "%.0f", l / s }') lines/s," \
	"max RSS $(field 'Maximum resident set size' "$WORK/filter.time") KB, kept $(wc -l < "$WORK/kept.jsonl")"

[ "${SKIP_GREP:-0}" = 1 ] && exit 0
load
set +e
/usr/bin/time -v timeout "$GREP_TIMEOUT" grep -F -v -f "$DATA/urls.txt" "$DATA/manifest.jsonl" \
	> "$WORK/grep-kept.jsonl" 2> "$WORK/grep.time"
GREP_STATUS=$?
set -e
load
GREP_WALL=$(seconds "$(field 'Elapsed (wall clock)' "$WORK/grep.time")")
if [ "$GREP_STATUS" = 124 ]; then
	echo "grep -F -v -f did not finish within $GREP_TIMEOUT s: below $(awk -v l="$LINES" -v s="$GREP_WALL" 'BEGIN { printf "%.0f", l / s }') lines/s"
fi
echo "grep -F -v -f: exit $GREP_STATUS (124 = stopped after ${GREP_TIMEOUT} s), wall $GREP_WALL s," \
	"$(awk -v l="$LINES" -v s="$GREP_WALL" 'BEGIN { printf "%.0f", l / s }') lines/s," \
	"max RSS $(field 'Maximum resident set size' "$WORK/grep.time") KB, kept $(wc -l < "$WORK/grep-kept.jsonl")"
echo "ratio filter/grep lines per second (a lower bound if grep did not finish): $(awk -v f="$FILTER_WALL" -v g="$GREP_WALL" 'BEGIN { printf "%.2f", g / f }')"
