#!/usr/bin/env bash
# The whole test suite: unit tests, the API suite on SQLite, and the same API suite on a
# throwaway PostgreSQL cluster (installed from Debian when missing and we are root; started
# on a free local port, removed afterwards). Without PostgreSQL it says so and runs the rest.
set -euo pipefail
cd "$(dirname "$0")/.."

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

pg_bin=$(find_pg_bin)
if [ -z "$pg_bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing PostgreSQL from Debian for the PostgreSQL half of the suite…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pg_bin=$(find_pg_bin)
fi

if [ -z "$pg_bin" ]; then
  echo "PostgreSQL is not installed and cannot be installed here: the api:postgres suite will be skipped."
  exec npm test -- "$@"
fi

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user then.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

work=$(mktemp -d /tmp/tongyuan-pg.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$work"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
stop_cluster() {
  as_owner "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_cluster EXIT

as_owner "$pg_bin/initdb" -D "$work/data" -U postgres -A trust --no-sync >/dev/null
as_owner "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port for the api:postgres suite."

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
npm test -- "$@"
