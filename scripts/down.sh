#!/usr/bin/env bash
# make down: stops exactly the processes named in .run/pids (services, then Kafka, then
# PostgreSQL): SIGTERM, up to 20 s, then SIGKILL. Data, logs and keys stay.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STOP_TIMEOUT="${STOP_TIMEOUT:-20}"

# stop <component>...: signals them all at once, then waits for each.
stop() {
  local name pid waiting=()
  for name in "$@"; do
    [[ -f "$(pid_file "$name")" ]] || continue
    if pid="$(running_pid "$name")"; then
      echo "$name: stopping (pid $pid)"
      kill -TERM "$pid" 2>/dev/null || true
      waiting+=("$name:$pid")
    else
      echo "$name: not running (stale pid file removed)"
      rm -f "$(pid_file "$name")"
    fi
  done
  local entry deadline=$((SECONDS + STOP_TIMEOUT))
  for entry in ${waiting[@]+"${waiting[@]}"}; do
    name="${entry%%:*}"
    pid="${entry##*:}"
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
      sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "$name: still running after ${STOP_TIMEOUT} s, killing"
      kill -KILL "$pid" 2>/dev/null || true
    else
      echo "$name: stopped"
    fi
    rm -f "$(pid_file "$name")"
  done
}

# Services first (the gateways before their upstreams), every instance that may have been started, then what
# they depend on.
mapfile -t entries < <(INSTANCES="" instance_entries "$MAX_INSTANCES")
stop_order=()
for ((i = ${#entries[@]} - 1; i >= 0; i--)); do
  stop_order+=("${entries[i]%% *}")
done
stop "${stop_order[@]}"
rm -f "$INSTANCES_FILE"
stop kafka
stop postgres

# A PostgreSQL server whose Java parent was killed outlives it: stop that one too (fast shutdown).
# It is ours only if it serves our data directory.
postmaster_pid_file="$RUN/postgres/postmaster.pid"
if [[ -f "$postmaster_pid_file" ]]; then
  pid="$(head -n 1 "$postmaster_pid_file")"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
     ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF -- "$RUN/postgres"; then
    echo "postgres server: stopping orphaned server (pid $pid)"
    kill -INT "$pid" 2>/dev/null || true
    deadline=$((SECONDS + STOP_TIMEOUT))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
fi
echo "stack stopped"
