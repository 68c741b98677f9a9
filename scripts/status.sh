#!/usr/bin/env bash
# make status: each component of the local stack, running or not, its pid, port and health.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

row() {
  printf '%-24s %-9s %-8s %-22s %s\n' "$@"
}
row COMPONENT STATE PID ADDRESS HEALTH

if [[ -n "${DB_HOST:-}" ]]; then
  port_open "${DB_PORT:-5432}" "$DB_HOST" && health="port open" || health="no answer"
  row postgres external - "$DB_HOST:${DB_PORT:-5432}" "$health"
else
  port="${DB_PORT:-55432}"
  if pid="$(running_pid postgres)"; then state=running; else state=stopped; pid=-; fi
  port_open "$port" && health="accepting connections" || health=-
  row postgres "$state" "$pid" "127.0.0.1:$port" "$health"
fi

if [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
  row kafka external - "$KAFKA_BOOTSTRAP_SERVERS" -
else
  if pid="$(running_pid kafka)"; then state=running; else state=stopped; pid=-; fi
  port_open "$EMBEDDED_KAFKA_PORT" && health="port open" || health=-
  row kafka "$state" "$pid" "127.0.0.1:$EMBEDDED_KAFKA_PORT" "$health"
fi

while read -r component module port; do
  if pid="$(running_pid "$component")"; then state=running; else state=stopped; pid=-; fi
  code="$(http_status "http://localhost:$port/q/health/ready")"
  case "$code" in
    200) health="UP" ;;
    000) health="-" ;;
    *) health="DOWN (HTTP $code on /q/health/ready)" ;;
  esac
  row "$component" "$state" "$pid" "localhost:$port" "$health"
done < <(instance_entries "$(instance_count)")
echo "logs: $LOGS"
