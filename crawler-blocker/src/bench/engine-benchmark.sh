#!/usr/bin/env bash
# JMH run of the compiled engine (docs/benchmarks.md, "Compiled engine"): decisions per second
# on one thread over RULES generated rules (10000000), normalisation included, and the
# HashSet<String>.contains baseline in the same run, and the same decisions made 64 at a time
# (DecisionBatch); prints the load average before and after,
# bytes per exact rule (from the benchmark's set-up) and the ratio. Unattended.
# JMH options: JMH_OPTS (default "-f 1 -wi 3 -i 5 -w 5 -r 5").
set -euo pipefail
RULES=${RULES:-10000000}
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -i 5 -w 5 -r 5"}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
LOG=crawler-blocker/target/engine-benchmark.log
mkdir -p crawler-blocker/target
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -pl crawler-blocker -am -Pbenchmark -DskipTests test \
	-Djmh.args="CompiledEngineBenchmark -p rules=$RULES $JMH_OPTS" > "$LOG" 2>&1
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "^compiled " "$LOG" | sort -u
grep -E "^(Benchmark|CompiledEngineBenchmark)" "$LOG" | grep -v ":gc" | tail -4
python3 - crawler-blocker/target/jmh-result.json <<'PY'
import json, sys
results = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(sys.argv[1]))}
decide, baseline = results["decide"], results["hashSetContains"]
print("decide: %.0f ± %.0f decisions/s; HashSet.contains: %.0f ± %.0f lookups/s; ratio decide/HashSet = %.2f"
      % (decide["score"], decide["scoreError"], baseline["score"], baseline["scoreError"],
         decide["score"] / baseline["score"]))
if "decideBatch" in results:
    batch = results["decideBatch"]
    print("decideBatch (64 a call): %.0f ± %.0f decisions/s; ratio decideBatch/HashSet = %.2f"
          % (batch["score"], batch["scoreError"], batch["score"] / baseline["score"]))
PY
