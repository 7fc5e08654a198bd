#!/usr/bin/env bash
# NL5 benchmark on a seed: ingests it into a throwaway PostgreSQL, then answers NL5 with the rule engine
# and with one SQL query in the same run. Usage: scripts/bench-nl5.sh SEED_DIR [REPEAT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="$1"; repeat="${2:-3}"
export QINGDAN_PG_SHARED_BUFFERS="${QINGDAN_PG_SHARED_BUFFERS:-2GB}" QINGDAN_PG_WORK_MEM="${QINGDAN_PG_WORK_MEM:-256MB}"
export QINGDAN_PG_EXTRA_CONF="${QINGDAN_PG_EXTRA_CONF:-max_wal_size = 8GB
effective_cache_size = 8GB}"
"$here/scripts/with-postgres.sh" bash -c '
  set -euo pipefail
  db="${QINGDAN_TEST_PG/Database=postgres/Database=bench}"
  "'"$here"'/qingdan" ingest '"$seed"'/cadre '"$seed"'/civil '"$seed"'/company '"$seed"'/procurement '"$seed"'/licensing '"$seed"'/finance --db "$db" | grep -E "^(source|cadre|civil|company|procurement|licensing|finance) "
  dotnet "'"$here"'/tests/Qingdan.Graph.Benchmarks/bin/Release/net10.0/qingdan-bench.dll" nl5 --db "$db" --repeat '"$repeat"'
'
