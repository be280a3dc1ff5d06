#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Start a throw-away PostgreSQL 15 (Debian's package) on loopback for the tests and print
# its WERKSPOOR_DATABASE_URL. Usage: eval "$(bash scripts/postgres.sh)"; stop with
# bash scripts/postgres.sh stop
set -euo pipefail
port="${WERKSPOOR_PG_PORT:-54329}"
dir="${WERKSPOOR_PG_DIR:-/tmp/werkspoor-pg}"
sudo_cmd=""; [ "$(id -u)" = "0" ] || sudo_cmd="sudo"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)

run_pg() { if [ "$(id -u)" = "0" ]; then (cd / && su postgres -s /bin/sh -c "$*"); else (cd / && sudo -u postgres sh -c "$*"); fi; }

if [ "${1:-}" = "stop" ]; then
    [ -n "$bin" ] && run_pg "$bin/pg_ctl -D $dir stop -m fast" >/dev/null 2>&1 || true
    exit 0
fi
if [ -z "$bin" ]; then
    echo "PostgreSQL installeren (Debian) ..." >&2
    $sudo_cmd apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
fi
if [ ! -f "$dir/PG_VERSION" ]; then
    $sudo_cmd mkdir -p "$dir" && $sudo_cmd chown postgres:postgres "$dir"
    $sudo_cmd chmod o+x "$(dirname "$dir")"
    run_pg "$bin/initdb -D $dir -A trust -U postgres" >/dev/null
fi
if ! run_pg "$bin/pg_ctl -D $dir status" >/dev/null 2>&1; then
    run_pg "$bin/pg_ctl -D $dir -l $dir/server.log -w start -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off'" >/dev/null
fi
run_pg "$bin/psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_roles WHERE rolname='werkspoor'\"" | grep -q 1 ||
    run_pg "$bin/psql -h 127.0.0.1 -p $port -U postgres -qc \"CREATE ROLE werkspoor LOGIN SUPERUSER PASSWORD 'werkspoor'\""
run_pg "$bin/psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='werkspoor'\"" | grep -q 1 ||
    run_pg "$bin/psql -h 127.0.0.1 -p $port -U postgres -qc \"CREATE DATABASE werkspoor OWNER werkspoor\""
echo "export WERKSPOOR_DATABASE_URL=postgresql://werkspoor:werkspoor@127.0.0.1:$port/werkspoor"
