#!/usr/bin/env bash
# Path benchmark on a seed: ingests it into a throwaway PostgreSQL, then compares the snapshot's shortest
# paths with PostgreSQL's plain and bidirectional recursive queries. Usage: scripts/bench-paths.sh SEED_DIR [PAIRS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="$1"; pairs="${2:-200}"
export QINGDAN_PG_SHARED_BUFFERS="${QINGDAN_PG_SHARED_BUFFERS:-2GB}" QINGDAN_PG_WORK_MEM="${QINGDAN_PG_WORK_MEM:-64MB}"
export QINGDAN_PG_EXTRA_CONF="${QINGDAN_PG_EXTRA_CONF:-max_wal_size = 8GB
effective_cache_size = 8GB}"
"$here/scripts/with-postgres.sh" bash -c '
  set -euo pipefail
  db="${QINGDAN_TEST_PG/Database=postgres/Database=bench}"
  "'"$here"'/qingdan" ingest '"$seed"'/cadre '"$seed"'/civil '"$seed"'/company '"$seed"'/procurement '"$seed"'/licensing '"$seed"'/finance --db "$db" | tail -n +1 | grep -E "^(source|cadre|civil|company|procurement|licensing|finance) "
  dotnet "'"$here"'/tests/Qingdan.Graph.Benchmarks/bin/Release/net10.0/qingdan-bench.dll" snapshot --db "$db"
  dotnet "'"$here"'/tests/Qingdan.Graph.Benchmarks/bin/Release/net10.0/qingdan-bench.dll" paths --db "$db" --truth '"$seed"'/truth.jsonl --pairs '"$pairs"'
'
