#!/usr/bin/env bash
# The test command: installs what the tests need and is missing (Debian's PostgreSQL), starts a
# private throwaway PostgreSQL cluster for the run, checks formatting, builds with warnings as
# errors and runs every test on PostgreSQL and SQLite, then the graphql-http audit suite (npm) against a
# live server, then `qingdan demo` with the console driven in Debian's Chromium. Fails, never skips,
# when something is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

command -v dotnet >/dev/null 2>&1 || { echo "test.sh: the .NET SDK (dotnet) is needed" >&2; exit 1; }

results="$here/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

echo "== restore and build"
dotnet build Qingdan.Graph.sln -c Debug --nologo -v quiet -clp:ErrorsOnly

echo "== format (dotnet format --verify-no-changes)"
dotnet format Qingdan.Graph.sln --verify-no-changes --no-restore

echo "== tests (PostgreSQL and SQLite)"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { echo "test.sh: Node.js and npm are needed (the Cypher parser, the GraphQL-over-HTTP audits, the console)" >&2; exit 1; }
# The exported Cypher is parsed with Neo4j's grammar from npm (GraphExportTests).
(cd tests/cypher && npm ci --no-audit --no-fund --loglevel=error)
# The case list's .xlsx is opened with openpyxl as a second opinion (CaseExportTests), Debian's package.
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || { apt-get install -y -q python3-openpyxl >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q python3-openpyxl >/dev/null; }; }
(cd tests/notify-ws && npm ci --no-audit --no-fund --loglevel=error)
set +e
scripts/with-postgres.sh dotnet test Qingdan.Graph.sln --no-build -c Debug --nologo \
  --logger "trx" --results-directory "$results" 2>&1 | tee "$results/test-output.log"
status=${PIPESTATUS[0]}
set -e

echo "== GraphQL over HTTP: the graphql-http server audits against a live qingdan serve"
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || { echo "test.sh: Node.js and npm are needed for the GraphQL-over-HTTP audits" >&2; exit 1; }
(cd tests/http-audit && npm ci --no-audit --no-fund --loglevel=error)
audit_dir="$(mktemp -d)"
audit_port=$(( 20000 + RANDOM % 20000 ))
qingdan_dll=src/Qingdan.Graph.Cli/bin/Debug/net10.0/qingdan.dll
QINGDAN_KEY="$(dotnet "$qingdan_dll" keys create --role analyst --name graphql-http-audit --db "Data Source=$audit_dir/audit.db" 2>/dev/null)"
export QINGDAN_KEY
dotnet "$qingdan_dll" serve --db "Data Source=$audit_dir/audit.db" --url "http://127.0.0.1:$audit_port" >"$results/audit-server.log" 2>&1 &
audit_pid=$!
for _ in $(seq 1 120); do
  node -e "fetch(process.argv[1]).then(r => process.exit(r.status ? 0 : 1), () => process.exit(1))" "http://127.0.0.1:$audit_port/health/live" && break
  kill -0 "$audit_pid" 2>/dev/null || break
  sleep 0.5
done
set +e
node tests/http-audit/audit.mjs "http://127.0.0.1:$audit_port/graphql" | tee "$results/http-audit.log"
audit_status=${PIPESTATUS[0]}
set -e
kill "$audit_pid" 2>/dev/null; wait "$audit_pid" 2>/dev/null || true
rm -rf "$audit_dir"
if [ "$audit_status" -ne 0 ]; then
  echo "test.sh: graphql-http audits failed (see $results/http-audit.log, server log $results/audit-server.log)" >&2
  status=1
fi

echo "== console: qingdan demo, then the investigator's walk in a real browser (Debian Chromium, playwright-core)"
touch "$results/console.log"
scripts/install-browser.sh
demo_dir="$(mktemp -d)"
demo_port=$(( 20000 + RANDOM % 20000 ))
dotnet "$qingdan_dll" demo --data "$demo_dir" --url "http://127.0.0.1:$demo_port" >"$results/demo.out" 2>"$results/demo.err" &
demo_pid=$!
for _ in $(seq 1 360); do
  grep -q '^  serving' "$results/demo.out" 2>/dev/null && break
  kill -0 "$demo_pid" 2>/dev/null || break
  sleep 0.5
done
demo_key="$(awk '$1 == "key" { print $2 }' "$results/demo.out")"
demo_admin_key="$(awk '$1 == "admin" { print $2 }' "$results/demo.out")"
demo_ready="$(sed -n 's/.*ready in \([0-9]*\) s.*/\1/p' "$results/demo.out")"
set +e
if [ -z "$demo_key" ] || ! grep -q '^  serving' "$results/demo.out"; then
  echo "test.sh: qingdan demo did not come up (see $results/demo.out and demo.err)" >&2
  console_status=1
elif [ -z "$demo_ready" ] || [ "$demo_ready" -gt 120 ]; then
  echo "test.sh: qingdan demo took ${demo_ready} s to be ready; the target is under 2 minutes" >&2
  console_status=1
else
  echo "demo ready in ${demo_ready} s"
  (cd console && QINGDAN_URL="http://127.0.0.1:$demo_port" QINGDAN_KEY="$demo_key" QINGDAN_ADMIN_KEY="$demo_admin_key" QINGDAN_EXAMPLES="$here/examples/mappings" QINGDAN_TRUTH="$demo_dir/seed/truth.jsonl" \
    QINGDAN_SHOTS="$results/console" node --test --test-reporter=spec e2e/) 2>&1 | tee "$results/console.log"
  console_status=${PIPESTATUS[0]}
fi
set -e
kill "$demo_pid" 2>/dev/null; wait "$demo_pid" 2>/dev/null || true
rm -rf "$demo_dir"
if [ "$console_status" -ne 0 ]; then
  echo "test.sh: the console's browser tests failed (see $results/console.log, screenshots in $results/console)" >&2
  status=1
fi

# One plain closing line over all test assemblies and the browser tests.
awk '/(Passed|Failed)!  - Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     /^ℹ (pass|fail|skipped|todo) [0-9]+$/ { if ($2 == "pass") p += $3; else if ($2 == "fail") f += $3; else s += $3 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$results/test-output.log" "$results/console.log"
if ! grep -qE '(Passed|Failed)!  - Failed:' "$results/test-output.log"; then
  echo "test.sh: no test assembly reported results" >&2
  exit 1
fi
exit "$status"
