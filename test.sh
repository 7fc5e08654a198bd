#!/usr/bin/env bash
# The test command: installs what the tests need and is missing (Debian's PostgreSQL), starts a
# private throwaway PostgreSQL cluster for the run, checks formatting, builds with warnings as
# errors and runs every test on PostgreSQL and SQLite. Fails, never skips, when something is missing.
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
set +e
scripts/with-postgres.sh dotnet test Qingdan.Graph.sln --no-build -c Debug --nologo \
  --logger "trx" --results-directory "$results" 2>&1 | tee "$results/test-output.log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line over all test assemblies.
awk '/(Passed|Failed)!  - Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1));
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$results/test-output.log"
if ! grep -qE '(Passed|Failed)!  - Failed:' "$results/test-output.log"; then
  echo "test.sh: no test assembly reported results" >&2
  exit 1
fi
exit "$status"
