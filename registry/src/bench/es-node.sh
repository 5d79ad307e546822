#!/usr/bin/env bash
# An Elasticsearch node for benchmarks and local runs, started the way the tests start theirs
# (see ElasticsearchNode): the integ-test-zip distribution of the elasticsearch-java client's
# version, from Maven Central through the local Maven repository, on loopback, security off,
# single-node, run by a JDK 21+ as the system user 'elasticsearch' when invoked as root.
# Unlike the test node it runs with the full JIT and a larger heap (ES_HEAP, default 1g).
# Usage, from anywhere:
#   bash registry/src/bench/es-node.sh start   # prints the URL, e.g. http://127.0.0.1:9200
#   bash registry/src/bench/es-node.sh status
#   bash registry/src/bench/es-node.sh stop
# Environment: ES_PORT (9200), ES_HEAP (1g), ES_NODE_DIR (registry/target/bench-elasticsearch),
# ES_JAVA_HOME (else the newest JDK 21+ under /usr/lib/jvm).
# Then run the registry with
#   --registry.search.backend=elasticsearch --registry.search.elasticsearch.uris=http://127.0.0.1:9200
#   --registry.search.elasticsearch.replicas=0
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dir="${ES_NODE_DIR:-$root/registry/target/bench-elasticsearch}"
port="${ES_PORT:-9200}"
heap="${ES_HEAP:-1g}"
pidfile="$dir/node.pid"

java_home() {
  if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
  local best="" best_version=0 home version
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/java" ] && [ -f "$home/release" ] || continue
    version=$(sed -nE 's/^JAVA_VERSION="([0-9]+).*/\1/p' "$home/release")
    if [ "${version:-0}" -ge 21 ] && [ "$version" -gt "$best_version" ]; then best="$home"; best_version=$version; fi
  done
  [ -n "$best" ] || { echo "es-node.sh: no JDK 21+ under /usr/lib/jvm; set ES_JAVA_HOME" >&2; exit 1; }
  echo "$best"
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

start() {
  if running; then echo "http://127.0.0.1:$port"; return; fi
  local version home
  version=$(cd "$root" && mvn -B -q -pl registry help:evaluate -Dexpression=elasticsearch-client.version -DforceStdout | sed "s/\x1b\[[0-9;]*m//g")
  home="$dir/elasticsearch-$version"
  if [ ! -x "$home/bin/elasticsearch" ]; then
    mkdir -p "$dir"
    (cd "$root" && mvn -B -q dependency:unpack \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$version:zip" \
      -DoutputDirectory="$dir" >/dev/null)
  fi
  rm -rf "$dir/data" "$dir/logs" "$dir/tmp"
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
  local run=()
  if [ "$(id -u)" = 0 ]; then
    id -u elasticsearch >/dev/null 2>&1 || useradd --system --user-group --no-create-home \
      --home-dir /nonexistent --shell /usr/sbin/nologin elasticsearch
    chown -R elasticsearch:elasticsearch "$dir"
    run=(runuser -u elasticsearch --)
  fi
  "${run[@]}" env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="-Xms$heap -Xmx$heap" ES_TMPDIR="$dir/tmp" \
    "$home/bin/elasticsearch" -d -p "$pidfile" \
    -Ecluster.name=consent-registry-bench -Enode.name=bench-node -Enetwork.host=127.0.0.1 \
    -Ehttp.port="$port" -Ediscovery.type=single-node -Expack.security.enabled=false \
    -Epath.data="$dir/data" -Epath.logs="$dir/logs" \
    -Ecluster.routing.allocation.disk.threshold_enabled=false >"$dir/console.log" 2>&1 \
    || { echo "es-node.sh: the node did not start; end of its log:" >&2; tail -n 40 "$dir/console.log" >&2; exit 1; }
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null && break
    sleep 1
  done
  echo "http://127.0.0.1:$port"
}

stop() {
  running || { echo "es-node.sh: not running"; return; }
  local pid
  pid=$(cat "$pidfile")
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  rm -f "$pidfile"
  echo "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running: http://127.0.0.1:$port (pid $(cat "$pidfile"))"; else echo "stopped"; exit 1; fi ;;
  *) echo "Usage: $0 start|stop|status" >&2; exit 2 ;;
esac
