#!/usr/bin/env bash
# What one write costs on the running `make up` stack: progress reports (POST /api/projects/{id}/progress) through
# the gateway at fixed rates (FixedRateLoad, open loop: p50/p99 from each request's due time), and for each rate the
# CPU milliseconds per write of every process — gateway, projects-service (its request and its outbox relay),
# the consumers in issues-, assessment- and notifications-service, the Kafka broker, PostgreSQL — read from /proc
# before and after (bench/cpu.sh), and beside it what each burns idle per second. CPU per write stays meaningful on a
# loaded machine, where latencies do not.
#
#   make up && flock /work/helpers/bench.lock bench/write-cost.sh    # RATES=50,100,200 DURATION=30 WARMUP=5 IDLE=10
#
# JFR=1: every service JVM (and the broker) is recorded during each rate (jcmd JFR.start settings=profile), into
# .run/write-cost/jfr/<process>-<rate>.jfr for bench/jfr-top.py; the recording costs CPU of its own, so the CPU
# figures of such a run are for finding where the time goes, not for the table of record.
#
# Writes go to the demo's open projects (each with its lead unit's department token, minted by the gateway's
# development endpoint), with a reason, since a report below a demo project's own figures needs one. The table
# goes to stdout and to bench/results/<date>-<time>-write-cost.md.
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
# shellcheck source=cpu.sh
source "$ROOT/bench/cpu.sh"
BENCH="$ROOT/bench"
: "${RATES:=50,100,200}" "${DURATION:=30}" "${WARMUP:=5}" "${IDLE:=10}"
DB_PORT="${DB_PORT:-55432}"
GATEWAY_URL="${GATEWAY_URL:-http://localhost:8080}"
KAFKA="127.0.0.1:${KAFKA_PORT:-$EMBEDDED_KAFKA_PORT}"
WORK="$RUN/write-cost"
STAMP="$(date +%Y-%m-%d-%H%M)"
OUT="$BENCH/results/$STAMP-write-cost.md"
mkdir -p "$WORK"
export PGPASSWORD="${DB_PASSWORD:-postgres}"
sql() { psql -h 127.0.0.1 -p "$DB_PORT" -U "${DB_USER:-postgres}" -d "$1" -tAc "$2"; }

# ---- the processes: every component make up started, PostgreSQL by its postmaster (its backends are its children)
procs=()
for name in gateway projects-service issues-service assessment-service notifications-service kafka; do
  pid="$(running_pid "$name")" || die "$name is not running: 'make up' first"
  procs+=("$name=$pid")
done
postmaster="$(head -n 1 "$RUN/postgres/postmaster.pid" 2>/dev/null)" || die "no embedded PostgreSQL in $RUN/postgres"
procs+=("postgres=$postmaster")

if [[ ! -f "$BENCH/target/classpath.txt" || -n "$(find "$BENCH/src" "$BENCH/pom.xml" -newer "$BENCH/target/classpath.txt" -print -quit)" ]]; then
  (cd "$ROOT" && ./mvnw -q -f bench/pom.xml package) || die "building bench/ failed"
fi
CP_BENCH="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"

# ---- the demo's open projects and a token of each lead unit
sql projects "SELECT id, lead_unit FROM project WHERE phase NOT IN ('COMPLETED', 'CANCELLED') ORDER BY code" | tr '|' ' ' >"$WORK/ids.txt"
: >"$WORK/tokens.txt"
for unit in $(cut -d' ' -f2 "$WORK/ids.txt" | sort -u); do
  token="$(curl -fsS -H 'Content-Type: application/json' -d "{\"role\":\"department\",\"unit\":\"$unit\"}" "$GATEWAY_URL/auth/token" |
    sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')"
  [[ -n "$token" ]] || die "the gateway minted no token for $unit (make up runs it with GATEWAY_DEV_TOKENS=true)"
  echo "$unit $token" >>"$WORK/tokens.txt"
done
echo "write-cost: $(wc -l <"$WORK/ids.txt") open projects, $(wc -l <"$WORK/tokens.txt") units"

# ---- idle: what each process burns doing nothing (pollers, timers, heartbeats), per second
cpu_snapshot "$WORK/idle.before" "${procs[@]}"
sleep "$IDLE"
cpu_snapshot "$WORK/idle.after" "${procs[@]}"
cpu_idle_rate "$WORK/idle.before" "$WORK/idle.after" "$IDLE" >"$WORK/idle.rate"

# jfr_each start|stop <rate>: a flight recording of every JVM of the stack (JFR=1)
jfr_each() {
  local entry name pid
  mkdir -p "$WORK/jfr"
  for entry in "${procs[@]}"; do
    name="${entry%%=*}" pid="${entry#*=}"
    [[ "$name" == postgres ]] && continue
    if [[ "$1" == start ]]; then
      jcmd "$pid" JFR.start name="write-$2" settings=profile filename="$WORK/jfr/$name-$2.jfr" >/dev/null
    else
      jcmd "$pid" JFR.stop name="write-$2" >/dev/null
    fi
  done
}

RESULTS="$WORK/results.properties"
rm -f "$RESULTS"
{
  echo "# Write cost on the make up stack — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $(jdk_id);" \
    "load average at start $(cut -d' ' -f1-3 /proc/loadavg); commit $(git -C "$ROOT" rev-parse --short HEAD)."
  echo "Writes: POST /api/projects/{id}/progress through the gateway, open loop (latency from each request's due time),"
  echo "${WARMUP} s warm-up then ${DURATION} s measured per rate. CPU: ms per write (warm-up and measured writes, rows"
  echo "counted in progress_report), until the consumers caught up; each process's idle burn (${IDLE} s sampled before) is"
  echo "the last row, not taken off.$([[ "${JFR:-0}" == 1 ]] && echo " JFR=1: every JVM was recorded during the rates, and the recording's CPU is in the figures.")"
  echo
} >"$WORK/table.md"
header="| rate | answered/s | p50 | p99 | errors | stored |"
rule="| ---: | ---: | ---: | ---: | --- | --- |"
for entry in "${procs[@]}"; do header+=" ${entry%%=*} |"; rule+=" ---: |"; done
header+=" total CPU ms/write |"; rule+=" ---: |"
echo "$header" >>"$WORK/table.md"
echo "$rule" >>"$WORK/table.md"

IFS=',' read -r -a rates <<<"$RATES"
for rate in "${rates[@]}"; do
  rows_before="$(sql projects 'SELECT count(*) FROM progress_report')"
  consumed_before="$(sql assessment 'SELECT count(*) FROM consumed_event')"
  [[ "${JFR:-0}" == 1 ]] && jfr_each start "$rate"
  cpu_snapshot "$WORK/cpu.before" "${procs[@]}"
  t0=$(date +%s.%N)
  java -Xmx256m -cp "$CP_BENCH" io.keyprojects.bench.Bench load --name "write.$rate" --mode write --write progress \
    --target "$GATEWAY_URL" --rate "$rate" --warmup "$WARMUP" --duration "$DURATION" --ids "$WORK/ids.txt" \
    --tokens "$WORK/tokens.txt" --reason "基准测试" --results "$RESULTS" | sed 's/^/  /'
  rows="$(($(sql projects 'SELECT count(*) FROM progress_report') - rows_before))"
  # the consumers are part of a write's cost: wait until assessment-service stored every event (at most 60 s)
  for _ in $(seq 1 300); do
    (($(sql assessment 'SELECT count(*) FROM consumed_event') - consumed_before >= rows)) && break
    sleep 0.2
  done
  sleep 2 # issues- and notifications-service finish alongside
  seconds=$(echo "$(date +%s.%N) - $t0" | bc)
  cpu_snapshot "$WORK/cpu.after" "${procs[@]}"
  [[ "${JFR:-0}" == 1 ]] && jfr_each stop "$rate"
  cpu_per_op "$WORK/cpu.before" "$WORK/cpu.after" "$((rows > 0 ? rows : 1))" >"$WORK/cost.$rate"
  get() { sed -n "s/^write\.$rate\.$1=//p" "$RESULTS"; }
  line="| $rate/s | $(get ok.rps) | $(get p50.ms) ms | $(get p99.ms) ms | $(get errors) $(get statuses | sed 's/\\//g') | $rows in $seconds s |"
  while read -r name ms; do line+=" $ms |"; done <"$WORK/cost.$rate"
  echo "$line" >>"$WORK/table.md"
  echo "write $rate/s: $rows writes stored; CPU ms per write: $(tr '\n' ' ' <"$WORK/cost.$rate")"
done
idle="| idle, CPU ms per second | | | | | |"
while read -r name ms; do idle+=" $ms |"; done <"$WORK/idle.rate"
echo "$idle" >>"$WORK/table.md"
echo >>"$WORK/table.md"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." >>"$WORK/table.md"
cp "$WORK/table.md" "$OUT"
cat "$OUT"
echo "written: ${OUT#"$ROOT"/}"
