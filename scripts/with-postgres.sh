#!/usr/bin/env bash
# Starts a private, throwaway PostgreSQL cluster (initdb into a temporary folder, its own port,
# run as the postgres user when root), exports its connection string as QINGDAN_TEST_PG, runs the
# given command, and stops and removes the cluster when the command ends, however it ends.
# Installs Debian's postgresql when no server binaries are found. Fails, never skips, when
# PostgreSQL can't be had.
set -euo pipefail

log() { echo "with-postgres: $*" >&2; }

find_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

bindir="$(find_bindir || true)"
if [ -z "$bindir" ]; then
  log "PostgreSQL server not found; installing Debian's postgresql"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || { log "apt-get update failed"; exit 1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 || { log "could not install postgresql"; exit 1; }
  bindir="$(find_bindir || true)"
  [ -n "$bindir" ] || { log "postgresql installed but no initdb found under /usr/lib/postgresql"; exit 1; }
fi

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { log "running as root but there is no 'postgres' user to run the server"; exit 1; }
  run_as=(runuser -u postgres --)
fi

workdir="$(mktemp -d /tmp/qingdan-pg.XXXXXX)"
chmod 755 "$workdir"
[ "$(id -u)" -eq 0 ] && chown postgres: "$workdir"

pick_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 40000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}
port="$(pick_port)" || { log "no free port found"; exit 1; }

cleanup() {
  local status=$?
  "${run_as[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$workdir"
  exit $status
}
trap cleanup EXIT INT TERM

"${run_as[@]}" "$bindir/initdb" -D "$workdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
  || "${run_as[@]}" "$bindir/initdb" -D "$workdir/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
cat >> "$workdir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$workdir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = ${QINGDAN_PG_SHARED_BUFFERS:-256MB}
work_mem = ${QINGDAN_PG_WORK_MEM:-16MB}
${QINGDAN_PG_EXTRA_CONF:-}
CONF
"${run_as[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -t 60 start >/dev/null \
  || { log "PostgreSQL did not start:"; cat "$workdir/server.log" >&2; exit 1; }

export QINGDAN_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $workdir)"
"$@"
