#!/usr/bin/env bash
# make bench-restart: "no cold dashboard" — the first live ranking after assessment-service restarts with a long log, on
# its own small stack (bench/.run/restart, own ports): embedded PostgreSQL, a Kafka broker and the packaged
# assessment-service. The province's EVENTS events (1,000,000) are written straight into its event store by COPY (the same
# events EventFlood puts on Kafka in make bench: what is measured is the restart, not the intake). Then each start is timed
# from the process's start to ready and to the first answer of GET /api/assessments (the dashboard's live ranking), asked
# the moment it is ready:
#   1. FACT_SNAPSHOTS=false: the whole log replayed;
#   2. snapshots on, none stored yet: the whole log replayed, and a snapshot written at once;
#   3. snapshots on, TAIL events more in the log since (ROUNDS times): the snapshot read and only the tail replayed.
# Writes bench/results/<date>-<time>-restart.md. Everything it started is stopped at the end, also on failure or Ctrl-C.
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
BENCH="$ROOT/bench"
RUN="${BENCH_RESTART_RUN_DIR:-$BENCH/.run/restart}" # git-ignored (.run/)
PIDS="$RUN/pids"
LOGS="$RUN/logs"
KEYS="$RUN/keys"
cd "$ROOT"
: "${UNITS:=200}" "${PROJECTS:=10000}" "${EVENTS:=1000000}" "${TAIL:=500}" "${ROUNDS:=2}"
PG_PORT="${BENCH_RESTART_PG_PORT:-56632}"
KAFKA_PORT="${BENCH_RESTART_KAFKA_PORT:-59392}"
KAFKA_CONTROLLER_PORT="${BENCH_RESTART_KAFKA_CONTROLLER_PORT:-59393}"
PORT="${BENCH_RESTART_ASSESSMENT_PORT:-18085}"
KAFKA="127.0.0.1:$KAFKA_PORT"
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/assessment"
STAMP="$(date +%Y-%m-%d-%H%M)"
RESULTS="$RUN/results.properties"

for tool in java curl psql bc; do command -v "$tool" >/dev/null || die "missing: $tool"; done
mkdir -p "$PIDS" "$LOGS" "$RUN/tmp" "$BENCH/results"
if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "build: ./mvnw -q -pl local-stack,assessment-service -am package -DskipTests, and the bench tools"
  ./mvnw -q -pl local-stack,assessment-service -am package -DskipTests || die "the build failed (see above)"
  ./mvnw -q -f bench/pom.xml package || die "building bench/ failed"
fi
CP_STACK="$(stack_classpath)"
CP_BENCH="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
stack_java() { java -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -cp "$CP_STACK" "$@"; }
bench_java() { java -Xmx512m -cp "$CP_BENCH" io.keyprojects.bench.Bench "$@" --results "$RESULTS"; }
put() { printf '%s=%s\n' "$1" "$(printf '%s' "$2" | sed 's/[:=\\]/\\&/g')" >>"$RESULTS"; }
get() { grep "^$1=" "$RESULTS" | tail -n1 | cut -d= -f2- | sed 's/\\//g'; }
export PGPASSWORD=postgres
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d assessment -tAc "$1"; }
now() { date +%s.%N; }
since() { printf '%.2f' "$(echo "$(now) - $1" | bc)"; }

stop() { # name: SIGTERM (assessment-service writes its snapshot at shutdown), then SIGKILL after 60 s
  local pid
  if pid="$(running_pid "restart-$1")"; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$(pid_file "restart-$1")"
}
cleanup() {
  local status=$?
  set +e
  echo "stopping the bench stack"
  local name
  for name in assessment-service kafka postgres; do stop "$name"; done
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for port in "$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$PORT"; do
  port_open "$port" && die "port $port is taken (an earlier bench still running? set BENCH_RESTART_*_PORT to move)"
done

rm -rf "$RUN/postgres" "$RUN/kafka" "$LOGS" && mkdir -p "$LOGS"
rm -f "$RESULTS"
put machine.date "$(date -u '+%Y-%m-%d %H:%M UTC')"
put machine.cores "$(nproc)"
put machine.cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
put machine.load.start "$(cut -d' ' -f1-3 /proc/loadavg)"
stack_java io.keyprojects.stack.SigningKeys "$KEYS" >/dev/null

echo "postgres: starting on 127.0.0.1:$PG_PORT; kafka on $KAFKA"
started=$SECONDS
start_background restart-postgres "$LOGS/postgres.log" env PG_PORT="$PG_PORT" \
  java "$(component_flag restart-postgres)" -Xmx128m -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" \
  -cp "$CP_STACK" io.keyprojects.stack.LocalPostgres
start_background restart-kafka "$LOGS/kafka.out" env KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
  java "$(component_flag restart-kafka)" -Xmx256m -XX:+UseG1GC -Djava.awt.headless=true \
  -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -Dkeyprojects.logs.dir="$LOGS" \
  -Dlog4j2.configurationFile=kafka-log4j2.xml -cp "$CP_STACK" io.keyprojects.stack.KafkaBroker
until grep -q '^READY$' "$LOGS/postgres.log" 2>/dev/null && port_open "$PG_PORT" && port_open "$KAFKA_PORT"; do
  running_pid restart-postgres >/dev/null || { log_tail "$LOGS/postgres.log"; die "postgres stopped while starting"; }
  running_pid restart-kafka >/dev/null || { log_tail "$LOGS/kafka.out"; die "kafka stopped while starting"; }
  ((SECONDS - started < 180)) || die "postgres or kafka not ready after 180 s"
  sleep 0.2
done
KAFKA_BOOTSTRAP_SERVERS="$KAFKA" stack_java io.keyprojects.stack.TopicSetup
bench_java token --keys "$KEYS" --role commander --out "$RUN/commander.token"
put run.jvm "$(jdk_id): $(grep -v '^#' "$SERVICE_JVM_OPTIONS" | xargs)"

# start name [VAR=value…]: starts assessment-service as make up does, timed from the process's start to ready, then to the
# first live ranking asked at once, and a second one; the figures go under restart.<name>.*
start() {
  local name="$1" log="$LOGS/assessment-service.$1.log" t0 ready first second
  shift
  service_command assessment-service restart-assessment-service
  t0=$(now)
  start_background restart-assessment-service "$log" env QUARKUS_HTTP_PORT="$PORT" HTTP_PORT="$PORT" KAFKA_BOOTSTRAP_SERVERS="$KAFKA" \
    JWT_PUBLIC_KEY_LOCATION="file:$KEYS/jwt-public.pem" DB_HOST=127.0.0.1 DB_PORT="$PG_PORT" DB_NAME=assessment DB_USER=postgres \
    DB_PASSWORD=postgres FACT_SNAPSHOT_EVERY=off "$@" "${SERVICE_CMD[@]}"
  until [[ "$(http_status "http://127.0.0.1:$PORT/q/health/ready")" == 200 ]]; do
    running_pid restart-assessment-service >/dev/null || { log_tail "$log"; die "assessment-service stopped while starting"; }
    [[ $(echo "$(now) - $t0 < 400" | bc) == 1 ]] || { log_tail "$log"; die "assessment-service not ready after 400 s"; }
    sleep 0.05
  done
  ready=$(since "$t0")
  [[ "$name" == schema ]] && return 0
  local ranking=(curl -sf -o /dev/null -w '%{time_total}' --max-time 900 -H "Authorization: Bearer $(cat "$RUN/commander.token")"
    "http://127.0.0.1:$PORT/api/assessments?period=2026")
  first=$("${ranking[@]}") || die "the live ranking failed ($name)"
  local total
  total=$(since "$t0")
  second=$("${ranking[@]}") || die "the live ranking failed ($name)"
  put "restart.$name.ready.s" "$ready"
  put "restart.$name.first.s" "$(printf '%.2f' "$first")"
  put "restart.$name.total.s" "$total"
  put "restart.$name.second.s" "$(printf '%.3f' "$second")"
  put "restart.$name.load" "$(cut -d' ' -f1 /proc/loadavg)"
  put "restart.$name.log" "$(grep -o 'live facts: .*' "$log" | head -n1 | sed 's/^live facts: //')"
  printf '%s: ready in %s s; first live ranking %.2f s later (%s s from the process start); again %.3f s\n' \
    "$name" "$ready" "$first" "$total" "$second"
}

echo "assessment-service: a first start for its schema (Flyway)"
start schema FACT_SNAPSHOTS=false
stop assessment-service
echo "event store: $EVENTS events for $UNITS units and $PROJECTS projects, by COPY"
bench_java load-events --units "$UNITS" --projects "$PROJECTS" --events "$EVENTS" --assessment-jdbc "$JDBC"
put restart.events "$(get store.load.events)"
put restart.events.load.s "$(get store.load.seconds)"

echo "1. snapshots off: the whole log replayed"
start off FACT_SNAPSHOTS=false
stop assessment-service
echo "2. snapshots on, none stored: the whole log replayed, a snapshot written"
start none FACT_SNAPSHOTS=true
until [[ "$(sql 'SELECT count(*) FROM fact_snapshot')" -ge 1 ]]; do sleep 0.5; done
stop assessment-service
put restart.snapshot "$(sql "SELECT octet_length(facts) || ' bytes, ' || events || ' events' FROM fact_snapshot ORDER BY id DESC LIMIT 1")"
for round in $(seq 1 "$ROUNDS"); do
  echo "3. snapshots on, $TAIL events after the snapshot (round $round)"
  bench_java load-events --units "$UNITS" --projects "$PROJECTS" --events "$TAIL" --skip "$((EVENTS + (round - 1) * TAIL))" \
    --assessment-jdbc "$JDBC"
  start "snapshot$round" FACT_SNAPSHOTS=true
  put "restart.snapshot$round.rss.mb" "$(($(awk '/VmRSS/ {print $2}' "/proc/$(running_pid restart-assessment-service)/status") / 1024))"
  stop assessment-service
done
put machine.load.end "$(cut -d' ' -f1-3 /proc/loadavg)"

# the table
row() { # name label
  printf '| %s | %s | %s | **%s** | %s | %s | %s |\n' "$2" "$(get "restart.$1.ready.s")" "$(get "restart.$1.load")" \
    "$(get "restart.$1.first.s")" "$(get "restart.$1.total.s")" "$(get "restart.$1.second.s")" "$(get "restart.$1.log")"
}
best="$(for r in $(seq 1 "$ROUNDS"); do get "restart.snapshot$r.first.s"; done | sort -g | head -n1)"
verdict="❌"; awk -v s="$best" 'BEGIN {exit !(s < 1)}' && verdict="✅"
cp "$RESULTS" "$BENCH/results/$STAMP-restart.properties"
{
  cat <<TABLE
# assessment-service: the first live ranking after a restart — $(get machine.date)

$(get machine.cores) cores, $(get machine.cpu); load average $(get machine.load.start) at the start, $(get machine.load.end) at the
end. One machine for everything: PostgreSQL (embedded), Kafka, assessment-service ($(get run.jvm)). The event store holds
$(get restart.events) province events ($UNITS units, $PROJECTS projects; written by COPY in $(get restart.events.load.s) s) before the tail; the snapshot: $(get restart.snapshot).

Each start timed from the process's start: to \`/q/health/ready\` answering 200, then \`GET /api/assessments?period=2026\`
(the dashboard's live ranking) asked at once — its answer time is the cold dashboard a deployment leaves — then once more.

| start | ready (s) | load | first live ranking, asked at ready (s) | process start → first ranking (s) | again (s) | what the service read (its log) |
| --- | --- | --- | --- | --- | --- | --- |
$(row off "FACT_SNAPSHOTS=false")
$(row none "snapshots on, none stored yet")
TABLE
  for round in $(seq 1 "$ROUNDS"); do row "snapshot$round" "from the snapshot, $TAIL events after it (round $round)"; done
  cat <<TABLE

Target: the first live ranking after a restart at 1 M events < 1 s: best $best s $verdict.

Raw figures: [\`$STAMP-restart.properties\`]($STAMP-restart.properties).
TABLE
} >"$BENCH/results/$STAMP-restart.md"
cat "$BENCH/results/$STAMP-restart.md"
