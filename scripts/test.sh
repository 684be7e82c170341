#!/usr/bin/env bash
# Runs every WatchDog test on a fresh machine: installs PostgreSQL, Redis and Chromium from Debian's
# packages when they are missing, starts throwaway servers on free loopback ports, runs `dotnet test`,
# stops the servers and prints one closing line: "N passed, N failed, N skipped".
# Extra arguments go to `dotnet test` (for example: --filter "FullyQualifiedName~Scheduling").
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

log() { printf '[test.sh] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ "${#missing[@]}" -eq 0 ] && return 0
  log "installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

work=""
pg_bin=""
cleanup() {
  [ -n "$work" ] || return 0
  if [ -f "$work/redis.pid" ]; then
    local redis_pid
    redis_pid=$(cat "$work/redis.pid")
    kill "$redis_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$redis_pid" 2>/dev/null || break; sleep 0.1; done
  fi
  if [ -n "$pg_bin" ] && [ -f "$work/pg/postmaster.pid" ]; then
    run_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_missing

work=$(mktemp -d /tmp/watchdog-tests.XXXXXX)
chmod 755 "$work"
pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

pg_port=$(free_port)
mkdir -p "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
run_pg "$pg_bin/initdb" -D "$work/pg" -U watchdog --auth=trust >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg/server.log" -o \
  "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
log "PostgreSQL on 127.0.0.1:$pg_port"

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
  --daemonize yes --pidfile "$work/redis.pid" --logfile "$work/redis.log"
for _ in $(seq 50); do [ -f "$work/redis.pid" ] && break; sleep 0.1; done
log "Redis on 127.0.0.1:$redis_port"

export WATCHDOG_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=watchdog;Database=postgres"
export WATCHDOG_TEST_REDIS="127.0.0.1:$redis_port"
export WATCHDOG_TEST_CHROMIUM="$(command -v chromium)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

set +e
dotnet test WatchDog.Tests/WatchDog.Tests.csproj \
  --logger "trx;LogFileName=results.trx" --results-directory "$work/results" "$@"
status=$?
set -e

trx="$work/results/results.trx"
if [ ! -f "$trx" ]; then
  echo "0 passed, 1 failed"
  log "no test results were written (dotnet test exited $status)"
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx")
count() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
passed=$(count passed); failed=$(count failed); skipped=$(count notExecuted)
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "$status" -ne 0 ] || [ "${failed:-0}" -ne 0 ] || [ "${passed:-0}" -eq 0 ]; then
  exit 1
fi
