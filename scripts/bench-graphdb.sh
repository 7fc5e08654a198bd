#!/usr/bin/env bash
# Kuzu, an embedded graph database, beside PostgreSQL and the snapshot in the path benchmark (issue #22).
#
#   scripts/bench-graphdb.sh city|region|province|SEED_DIR [PAIRS]
#
# Seeds a world with `qingdan seed --scale …` (unless given a seed folder), ingests it into a throwaway
# PostgreSQL (scripts/with-postgres.sh), and in that one run:
#   1. `qingdan-bench paths`: the snapshot against PostgreSQL's recursive queries, as scripts/bench-paths.sh;
#   2. `qingdan-bench graphdb-answers`: the snapshot's and the rule engine's answers and times for the path
#      benchmark's pairs (half from the truth, half random people) and day (2024-06-01): shortest path,
#      2- and 3-hop neighbourhood counts of each pair's source, NL5 `shares` — written as JSON;
#   3. `qingdan export neo4j` of the same store;
#   4. bench/graphdb/bench.mjs: loads those CSV files into a fresh embedded Kuzu database (schema from the
#      headers, COPY FROM), asks the same questions in Cypher, times them and compares every answer.
# Exits non-zero when any step fails or any answer differs (the differences are printed, and kept in
# $QINGDAN_BENCH_OUT/graphdb-<scale>.json).
#
# Installs what it needs on a fresh machine: Debian's nodejs and npm when `node` is missing (apt-get), the
# npm package kuzu 0.11.3 (which ships its native library) into bench/graphdb/node_modules with `npm ci`,
# PostgreSQL through scripts/with-postgres.sh; builds the `qingdan` command line (./qingdan) and the
# benchmarks (Release). Needs the .NET SDK of global.json, as every build of the repository does.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:?usage: scripts/bench-graphdb.sh city|region|province|SEED_DIR [PAIRS]}"
pairs="${2:-200}"
out="${QINGDAN_BENCH_OUT:-/tmp/qingdan-bench-graphdb}"
mkdir -p "$out"

log() { echo "bench-graphdb: $*" >&2; }
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  log "node or npm not found; installing Debian's nodejs and npm"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
fi

if [ ! -f "$here/bench/graphdb/node_modules/kuzu/package.json" ] \
  || [ "$here/bench/graphdb/package-lock.json" -nt "$here/bench/graphdb/node_modules/.package-lock.json" ]; then
  log "installing bench/graphdb (npm ci: kuzu)"
  (cd "$here/bench/graphdb" && npm ci --no-audit --no-fund >&2)
fi
# kuzu's install script copies its prebuilt native library into place; run it if npm was told to skip scripts.
[ -f "$here/bench/graphdb/node_modules/kuzu/kuzujs.node" ] || (cd "$here/bench/graphdb/node_modules/kuzu" && node install.js >&2)
node -e "require('$here/bench/graphdb/node_modules/kuzu')" || { log "kuzu does not load"; exit 1; }

case "$what" in
  city|region|province)
    scale="$what"; seed="$out/seed-$scale"
    if [ ! -f "$seed/truth.jsonl" ] && [ ! -f "$seed/planted.jsonl" ]; then
      rm -rf "$seed"
      "$here/qingdan" seed --scale "$scale" --out "$seed"
    fi
    ;;
  *)
    seed="$(cd "$what" && pwd)"; scale="$(basename "$seed")"
    ;;
esac

log "building the benchmarks (Release)"
dotnet build -c Release "$here/tests/Qingdan.Graph.Benchmarks" -v q -clp:ErrorsOnly >&2
"$here/qingdan" --help >/dev/null # builds the command line now, not inside the timed run

export QINGDAN_PG_SHARED_BUFFERS="${QINGDAN_PG_SHARED_BUFFERS:-2GB}" QINGDAN_PG_WORK_MEM="${QINGDAN_PG_WORK_MEM:-64MB}"
export QINGDAN_PG_EXTRA_CONF="${QINGDAN_PG_EXTRA_CONF:-max_wal_size = 8GB
effective_cache_size = 8GB}"
export HERE="$here" SEED="$seed" PAIRS="$pairs" OUT="$out" SCALE="$scale"
"$here/scripts/with-postgres.sh" bash -c '
  set -euo pipefail
  db="${QINGDAN_TEST_PG/Database=postgres/Database=bench}"
  bench="$HERE/tests/Qingdan.Graph.Benchmarks/bin/Release/net10.0/qingdan-bench.dll"
  start=$(date +%s)
  "$HERE/qingdan" ingest "$SEED"/cadre "$SEED"/civil "$SEED"/company "$SEED"/procurement "$SEED"/licensing "$SEED"/finance \
    --db "$db" >"$OUT/ingest-$SCALE.log"
  grep -E "^(source|cadre|civil|company|procurement|licensing|finance) " "$OUT/ingest-$SCALE.log" || true
  echo "ingest: $(( $(date +%s) - start )) s"
  dotnet "$bench" paths --db "$db" --truth "$SEED/truth.jsonl" --pairs "$PAIRS"
  dotnet "$bench" graphdb-answers --db "$db" --truth "$SEED/truth.jsonl" --pairs "$PAIRS" --out "$OUT/engine-$SCALE.json"
  rm -rf "$OUT/neo4j-$SCALE"
  "$HERE/qingdan" export neo4j --db "$db" --out "$OUT/neo4j-$SCALE"
  du -sh "$OUT/neo4j-$SCALE"
  node "$HERE/bench/graphdb/bench.mjs" --export "$OUT/neo4j-$SCALE" --engine "$OUT/engine-$SCALE.json" \
    --db "$OUT/kuzu-$SCALE" --out "$OUT/graphdb-$SCALE.json" \
    --rounds "${QINGDAN_KUZU_ROUNDS:-3}" --nl5-rounds "${QINGDAN_KUZU_NL5_ROUNDS:-1}"
'
