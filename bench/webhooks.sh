#!/usr/bin/env bash
# make bench-webhooks: notifications-service's webhook path on its own small stack (bench/.run/webhooks, own ports):
# embedded PostgreSQL, a Kafka broker and the packaged notifications-service; a receiver in the bench JVM; events on
# issues.events as issues-service's relay writes them. Figures: event → delivery latency at a fixed rate (RATE,
# 100/s) and deliveries per second for a burst (BURST events). Writes bench/results/<date>-<time>-webhooks.md.
# Everything it started is stopped at the end, also on failure or Ctrl-C.
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
BENCH="$ROOT/bench"
RUN="${BENCH_WEBHOOKS_RUN_DIR:-$BENCH/.run/webhooks}" # git-ignored (.run/)
PIDS="$RUN/pids"
LOGS="$RUN/logs"
KEYS="$RUN/keys"
cd "$ROOT"
: "${RATE:=100}" "${WARMUP:=15}" "${DURATION:=30}" "${BURST:=5000}"
PG_PORT="${BENCH_WEBHOOKS_PG_PORT:-56532}"
KAFKA_PORT="${BENCH_WEBHOOKS_KAFKA_PORT:-59292}"
KAFKA_CONTROLLER_PORT="${BENCH_WEBHOOKS_KAFKA_CONTROLLER_PORT:-59293}"
PORT="${BENCH_NOTIFICATIONS_PORT:-18084}"
KAFKA="127.0.0.1:$KAFKA_PORT"
STAMP="$(date +%Y-%m-%d-%H%M)"
RESULTS="$RUN/results.properties"

for tool in java curl; do command -v "$tool" >/dev/null || die "missing: $tool"; done
mkdir -p "$PIDS" "$LOGS" "$RUN/tmp" "$BENCH/results"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "build: ./mvnw -q -pl notifications-service -am package -DskipTests, and the bench tools"
  ./mvnw -q -pl local-stack,notifications-service -am package -DskipTests || die "the build failed (see above)"
  ./mvnw -q -f bench/pom.xml package || die "building bench/ failed"
fi
CP_STACK="$(stack_classpath)"
CP_BENCH="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
stack_java() { java -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -cp "$CP_STACK" "$@"; }
put() { printf '%s=%s\n' "$1" "$(printf '%s' "$2" | sed 's/[:=\\]/\\&/g')" >>"$RESULTS"; }

cleanup() {
  local status=$?
  set +e
  echo "stopping the bench stack"
  local name pid
  for name in notifications-service kafka postgres; do
    if pid="$(running_pid "webhooks-$name")"; then
      kill -TERM "$pid" 2>/dev/null
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$(pid_file "webhooks-$name")"
  done
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for port in "$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$PORT"; do
  port_open "$port" && die "port $port is taken (an earlier bench still running? set BENCH_WEBHOOKS_*_PORT to move)"
done

rm -rf "$RUN/postgres" "$RUN/kafka" "$LOGS" && mkdir -p "$LOGS"
rm -f "$RESULTS"
put machine.date "$(date -u '+%Y-%m-%d %H:%M UTC')"
put machine.cores "$(nproc)"
put machine.cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
put machine.load "load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
stack_java io.keyprojects.stack.SigningKeys "$KEYS" >/dev/null

echo "postgres: starting on 127.0.0.1:$PG_PORT; kafka on $KAFKA"
started=$SECONDS
start_background webhooks-postgres "$LOGS/postgres.log" env PG_PORT="$PG_PORT" \
  java "$(component_flag webhooks-postgres)" -Xmx128m -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" \
  -cp "$CP_STACK" io.keyprojects.stack.LocalPostgres
start_background webhooks-kafka "$LOGS/kafka.out" env KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
  java "$(component_flag webhooks-kafka)" -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
  -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -Dkeyprojects.logs.dir="$LOGS" \
  -Dlog4j2.configurationFile=kafka-log4j2.xml -cp "$CP_STACK" io.keyprojects.stack.KafkaBroker
until grep -q '^READY$' "$LOGS/postgres.log" 2>/dev/null && port_open "$PG_PORT" && port_open "$KAFKA_PORT"; do
  running_pid webhooks-postgres >/dev/null || { log_tail "$LOGS/postgres.log"; die "postgres stopped while starting"; }
  running_pid webhooks-kafka >/dev/null || { log_tail "$LOGS/kafka.out"; die "kafka stopped while starting"; }
  ((SECONDS - started < 180)) || die "postgres or kafka not ready after 180 s"
  sleep 0.2
done
KAFKA_BOOTSTRAP_SERVERS="$KAFKA" stack_java io.keyprojects.stack.TopicSetup

echo "notifications-service: starting on $PORT"
service_command notifications-service webhooks-notifications-service
start_background webhooks-notifications-service "$LOGS/notifications-service.log" env QUARKUS_HTTP_PORT="$PORT" HTTP_PORT="$PORT" \
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA" JWT_PUBLIC_KEY_LOCATION="file:$KEYS/jwt-public.pem" DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" \
  DB_NAME=notifications DB_USER=postgres DB_PASSWORD=postgres NOTIFICATIONS_ALLOWED_TARGETS=127.0.0.1/32 "${SERVICE_CMD[@]}"
until [[ "$(http_status "http://127.0.0.1:$PORT/q/health/ready")" == 200 ]]; do
  running_pid webhooks-notifications-service >/dev/null || { log_tail "$LOGS/notifications-service.log"; die "notifications-service stopped"; }
  ((SECONDS - started < 400)) || die "notifications-service not ready"
  sleep 0.2
done
put run.jvm "$(grep -v '^#' "$SERVICE_JVM_OPTIONS" | xargs)"

java -Xmx512m -cp "$CP_BENCH" io.keyprojects.bench.Bench webhooks --service "http://127.0.0.1:$PORT" --keys "$KEYS" --kafka "$KAFKA" \
  --rate "$RATE" --warmup "$WARMUP" --duration "$DURATION" --burst "$BURST" --results "$RESULTS"
rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$(running_pid webhooks-notifications-service)/status")"
put webhooks.service.rss.mb "$((rss_kb / 1024))"

# the table
get() { grep -m1 "^$1=" "$RESULTS" | cut -d= -f2- | sed 's/\\//g'; }
p99="$(get webhooks.latency.p99.ms)"
verdict="❌"; awk -v p="$p99" 'BEGIN {exit !(p < 500)}' && verdict="✅"
cp "$RESULTS" "$BENCH/results/$STAMP-webhooks.properties"
cat >"$BENCH/results/$STAMP-webhooks.md" <<TABLE
# notifications-service webhooks — $(get machine.date)

$(get machine.cores) cores, $(get machine.cpu); $(get machine.load). One machine for everything: PostgreSQL (embedded),
Kafka, notifications-service ($(get run.jvm)), the event producer and the receiver.

| figure | value |
| --- | --- |
| event → delivery at $(get webhooks.rate) events/s ($(get webhooks.rate.events) events): p50 / p99 / p99.9 / max | $(get webhooks.latency.p50.ms) / **$p99** / $(get webhooks.latency.p999.ms) / $(get webhooks.latency.max.ms) ms $verdict (target p99 < 500 ms) |
| missing at that rate | $(get webhooks.rate.missing) |
| burst: $(get webhooks.burst.events) events on the topic at once | $(get webhooks.burst.delivered) delivered in $(get webhooks.burst.seconds) s: **$(get webhooks.burst.per.second) deliveries/s** |
| delivered twice / signatures that did not verify | $(get webhooks.duplicates) / $(get webhooks.unverified) |
| notifications-service RSS after the run | $(get webhooks.service.rss.mb) MB |

Raw figures: [\`$STAMP-webhooks.properties\`]($STAMP-webhooks.properties).
TABLE
cat "$BENCH/results/$STAMP-webhooks.md"
