#!/usr/bin/env bash
# make bench-jdks: start-up, idle memory and reads of the packaged services on two JDKs side by side, in one run
# on one stack (bench/.run/jdks, its own ports): Java 17 with the AppCDS archive, Java 25 with the AOT cache and
# compact object headers — each built by its own JDK (the package step makes the archive or the cache) into its own
# copy of every target/quarkus-app. ROUNDS rounds (3), the JDKs' order alternating; the table gives the median and the
# range. Writes bench/results/<date>-<time>-jdks.md (and .properties). Everything it started is stopped at the end,
# also on failure or Ctrl-C. Knobs: bench/README.md.
set -euo pipefail
# scripts/lib.sh would choose Java 25 by itself: this script names both JDKs and sets PATH for each step
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
# shellcheck source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
BENCH="$ROOT/bench"
RUN="${BENCH_JDKS_RUN_DIR:-$BENCH/.run/jdks}" # git-ignored (.run/)
PIDS="$RUN/pids"
LOGS="$RUN/logs"
KEYS="$RUN/keys"
cd "$ROOT"

: "${JDK17_HOME:=/usr/lib/jvm/java-17-openjdk-amd64}" "${JDK25_HOME:=$JAVA25_HOME}"
: "${ROUNDS:=3}" "${IDLE:=10}" "${READ:=1}" "${UNITS:=20}" "${PROJECTS:=1000}" "${WARMUP:=30}" "${DURATION:=20}"
: "${WRK_THREADS:=2}" "${WRK_CONNECTIONS:=32}"
PG_PORT="${BENCH_JDKS_PG_PORT:-56632}"
KAFKA_PORT="${BENCH_JDKS_KAFKA_PORT:-59392}"
KAFKA_CONTROLLER_PORT="${BENCH_JDKS_KAFKA_CONTROLLER_PORT:-59393}"
declare -A PORT=([projects-service]=28081 [issues-service]=28082 [assessment-service]=28083 [notifications-service]=28084
  [gateway]=28080)
ORDER=(projects-service issues-service assessment-service notifications-service gateway)
KAFKA="127.0.0.1:$KAFKA_PORT"
STAMP="$(date +%Y-%m-%d-%H%M)"
RESULTS="$RUN/results.properties"
declare -A JDK=([17]="$JDK17_HOME" [25]="$JDK25_HOME")

missing=()
for tool in curl bc; do command -v "$tool" >/dev/null || missing+=("$tool"); done
((READ == 0)) || command -v wrk >/dev/null || missing+=(wrk)
((${#missing[@]} == 0)) || die "missing: ${missing[*]} (Debian: apt-get install -y ${missing[*]})"
for v in 17 25; do
  [[ -x "${JDK[$v]}/bin/java" ]] || die "no JDK $v at ${JDK[$v]} (JDK${v}_HOME; README.md says how to install Temurin 25)"
done
mkdir -p "$PIDS" "$LOGS" "$RUN/tmp" "$BENCH/results"

with_jdk() { # 17|25 command...: runs the command with that JDK's java first on PATH, and JDK17_OPTS or JDK25_OPTS
  local v="$1" opts_name="JDK${1}_OPTS"
  shift
  JAVA_HOME="${JDK[$v]}" PATH="${JDK[$v]}/bin:$PATH" SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-} ${!opts_name:-}" "$@"
}

# ---- one build per JDK, each into its own copy (the archive or cache fits only the jars and JDK that made it)
if [[ -z "${SKIP_BUILD:-}" ]]; then
  modules="local-stack,$(IFS=,; echo "${ORDER[*]}")"
  for v in 17 25; do
    echo "build: JDK $v, ./mvnw -q -pl $modules -am package -DskipTests"
    with_jdk "$v" ./mvnw -q -pl "$modules" -am package -DskipTests || die "the build on JDK $v failed (see above)"
    if ((v == 25)) && [[ "${AOT_TRAIN:-0}" == 1 ]]; then # AOT_TRAIN=1: the caches trained by the demo load
      with_jdk 25 "$ROOT/scripts/aot-train.sh" || die "training the AOT caches failed (see above; without AOT_TRAIN=1 it is skipped)"
    fi
    for m in "${ORDER[@]}"; do
      rm -rf "$RUN/jdk$v/$m" && mkdir -p "$RUN/jdk$v/$m"
      cp -a "$ROOT/$m/target/quarkus-app" "$RUN/jdk$v/$m/" # -a: the archive and the cache check the jars' times
    done
  done
  with_jdk 17 ./mvnw -q -f bench/pom.xml package || die "building bench/ failed"
fi
for v in 17 25; do
  for m in "${ORDER[@]}"; do
    [[ -f "$RUN/jdk$v/$m/quarkus-app/quarkus-run.jar" ]] || die "$RUN/jdk$v/$m is missing: run without SKIP_BUILD"
  done
done
CP_STACK="$(stack_classpath)"
CP_BENCH="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
stack_java() { with_jdk 17 java -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -cp "$CP_STACK" "$@"; }
bench_java() { with_jdk 17 java -Xmx512m -cp "$CP_BENCH" io.keyprojects.bench.Bench "$@" --results "$RESULTS"; }
put() { printf '%s=%s\n' "$1" "$(printf '%s' "$2" | sed 's/[:=\\]/\\&/g')" >>"$RESULTS"; }
get() { grep -h "^$1=" "$RESULTS" | tail -n1 | cut -d= -f2- | sed 's/\\\(.\)/\1/g'; }

stop_component() { # name: SIGTERM, then SIGKILL after 20 s
  local pid
  if pid="$(running_pid "$1")"; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$(pid_file "$1")"
}
cleanup() {
  local status=$?
  set +e
  echo "stopping the bench stack"
  local name
  for name in "${ORDER[@]}" kafka postgres; do stop_component "jdks-$name"; done
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for port in "$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "${PORT[@]}"; do
  port_open "$port" && die "port $port is taken (an earlier bench still running? set BENCH_JDKS_*_PORT to move)"
done

rm -rf "$RUN/postgres" "$RUN/kafka" "$RUN/gateway" "$LOGS" && mkdir -p "$LOGS"
rm -f "$RESULTS"
put machine.date "$(date -u '+%Y-%m-%d %H:%M UTC')"
put machine.cores "$(nproc)"
put machine.cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
put machine.memory "$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"
put machine.load "$(cut -d' ' -f1-3 /proc/loadavg)"
for v in 17 25; do put "jdk$v.version" "$("${JDK[$v]}/bin/java" -version 2>&1 | sed -n 2p)"; done
stack_java io.keyprojects.stack.SigningKeys "$KEYS" >/dev/null

echo "postgres: starting on 127.0.0.1:$PG_PORT; kafka on $KAFKA"
started=$SECONDS
start_background jdks-postgres "$LOGS/postgres.log" env PG_PORT="$PG_PORT" \
  "${JDK[17]}/bin/java" "$(component_flag jdks-postgres)" -Xmx128m -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" \
  -cp "$CP_STACK" io.keyprojects.stack.LocalPostgres
start_background jdks-kafka "$LOGS/kafka.out" env KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
  "${JDK[17]}/bin/java" "$(component_flag jdks-kafka)" -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
  -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -Dkeyprojects.logs.dir="$LOGS" \
  -Dlog4j2.configurationFile=kafka-log4j2.xml -cp "$CP_STACK" io.keyprojects.stack.KafkaBroker
until grep -q '^READY$' "$LOGS/postgres.log" 2>/dev/null && port_open "$PG_PORT" && port_open "$KAFKA_PORT"; do
  running_pid jdks-postgres >/dev/null || { log_tail "$LOGS/postgres.log"; die "postgres stopped while starting"; }
  running_pid jdks-kafka >/dev/null || { log_tail "$LOGS/kafka.out"; die "kafka stopped while starting"; }
  ((SECONDS - started < 180)) || die "postgres or kafka not ready after 180 s"
  sleep 0.2
done
KAFKA_BOOTSTRAP_SERVERS="$KAFKA" stack_java io.keyprojects.stack.TopicSetup

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
      ;;
  esac
}

# start <jdk> <module> <log>: starts the module's copy built by that JDK, as make up runs a service
# (scripts/lib.sh service_command: the options files, the AOT cache or the AppCDS archive), and waits until
# /q/health/ready answers 200; sets READY_S to the seconds from the process start.
start() {
  local v="$1" module="$2" log="$3" env_vars=() t0 line
  while IFS= read -r line; do env_vars+=("$line"); done < <(service_env "$module")
  with_jdk "$v" service_command "$module" "jdks-$module"
  local i
  for i in "${!SERVICE_CMD[@]}"; do # the copy of this JDK's build instead of the module's target/
    [[ "${SERVICE_CMD[$i]}" == -C ]] && SERVICE_CMD[i + 1]="$RUN/jdk$v/$module/quarkus-app"
    [[ "${SERVICE_CMD[$i]}" == java ]] && SERVICE_CMD[i]="${JDK[$v]}/bin/java"
  done
  t0=$(date +%s.%N)
  start_background "jdks-$module" "$log" env "${env_vars[@]}" "${SERVICE_CMD[@]}"
  until [[ "$(http_status "http://127.0.0.1:${PORT[$module]}/q/health/ready")" == 200 ]]; do
    running_pid "jdks-$module" >/dev/null || { log_tail "$log"; die "$module (JDK $v) stopped while starting"; }
    [[ $(echo "$(date +%s.%N) - $t0 < 240" | bc) == 1 ]] || { log_tail "$log"; die "$module (JDK $v) not ready after 240 s"; }
    sleep 0.05
  done
  READY_S=$(echo "$(date +%s.%N) - $t0" | bc)
}

# The first start of each service migrates its database (Flyway): not measured.
echo "first start of each service (database migrations), not measured"
for module in "${ORDER[@]}"; do
  start 25 "$module" "$LOGS/$module-migrate.log"
  stop_component "jdks-$module"
done
put run.jvm "$(grep -v '^#' "$SERVICE_JVM_OPTIONS" | xargs)"
put run.jvm25 "$(grep -v '^#' "$SERVICE_JVM_OPTIONS_25" | xargs)"
with_jdk 17 service_command projects-service x && put run.cmd17 "$(echo "${SERVICE_CMD[@]:4}")"
with_jdk 25 service_command projects-service x && put run.cmd25 "$(echo "${SERVICE_CMD[@]:4}")"

# ---- start-up and idle memory: each service alone, ROUNDS rounds, the JDKs' order alternating
for round in $(seq 1 "$ROUNDS"); do
  jdks=(17 25)
  ((round % 2 == 0)) && jdks=(25 17)
  for v in "${jdks[@]}"; do
    for module in "${ORDER[@]}"; do
      log="$LOGS/$module-jdk$v-$round.log"
      start "$v" "$module" "$log"
      pid="$(running_pid "jdks-$module")"
      quarkus="$(grep -o 'started in [0-9.]*s' "$log" | head -n1 | grep -o '[0-9.]*' || true)"
      sleep "$IDLE"
      rss=$(($(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024))
      aot="$(grep -c -i -E 'AOT cache|shared archive|AOTCache' "$log" || true)"
      put "startup.$module.jdk$v.round$round.ready.s" "$READY_S"
      put "startup.$module.jdk$v.round$round.quarkus.s" "${quarkus:-?}"
      put "startup.$module.jdk$v.round$round.rss.mb" "$rss"
      printf 'round %s, JDK %s, %s: ready in %.2f s (Quarkus: %s s), idle RSS %s MB%s\n' "$round" "$v" "$module" \
        "$READY_S" "${quarkus:-?}" "$rss" "$( ((aot > 0)) && echo " — the JVM wrote about its archive/cache, see $log")"
      stop_component "jdks-$module"
    done
  done
done

# ---- reads: GET /api/projects/{id}, direct and through the gateway, both on the same JDK, wrk closed loop
if ((READ == 1)); then
  IDS="$RUN/ids.txt"
  TOKENS="$RUN/tokens.txt"
  bench_java load-sql --units "$UNITS" --projects "$PROJECTS" --ids "$IDS" \
    --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/projects" >/dev/null
  run_wrk() { # url seconds log
    env BENCH_IDS="$IDS" BENCH_TOKENS="$TOKENS" wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$2"s --timeout 10s \
      -s "$BENCH/conf/random-get.lua" "$1" >"$3" 2>&1
  }
  for round in $(seq 1 "$ROUNDS"); do
    jdks=(17 25)
    ((round % 2 == 0)) && jdks=(25 17)
    for v in "${jdks[@]}"; do
      start "$v" projects-service "$LOGS/read-projects-jdk$v-$round.log"
      start "$v" gateway "$LOGS/read-gateway-jdk$v-$round.log"
      [[ -f "$TOKENS" ]] || bench_java tokens --gateway "http://127.0.0.1:${PORT[gateway]}" --units "$UNITS" --out "$TOKENS" \
        --commander "$RUN/commander.token" >/dev/null
      for path in direct gateway; do
        url="http://127.0.0.1:${PORT[projects-service]}"
        [[ $path == gateway ]] && url="http://127.0.0.1:${PORT[gateway]}"
        run_wrk "$url" "$WARMUP" "$LOGS/wrk-$path-jdk$v-$round-warmup.log"
        run_wrk "$url" "$DURATION" "$LOGS/wrk-$path-jdk$v-$round.log"
        rps="$(awk '/Requests\/sec/ {print $2}' "$LOGS/wrk-$path-jdk$v-$round.log")"
        non2xx="$(awk '/Non-2xx/ {print $NF}' "$LOGS/wrk-$path-jdk$v-$round.log")"
        put "read.$path.jdk$v.round$round.rps" "$rps"
        put "read.$path.jdk$v.round$round.errors" "${non2xx:-0}"
        echo "round $round, JDK $v, read/$path: $rps req/s (non-2xx: ${non2xx:-0})"
      done
      for m in projects-service gateway; do
        put "read.$m.jdk$v.round$round.rss.mb" "$(($(awk '/VmRSS/ {print $2}' "/proc/$(running_pid "jdks-$m")/status") / 1024))"
      done
      stop_component jdks-gateway
      stop_component jdks-projects-service
    done
  done
fi

# ---- the table: medians of the rounds, the range beside
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "?"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
values() { grep -hE "^$1=" "$RESULTS" | cut -d= -f2 | grep -v '?' || true; }
cell() { # key pattern, printf format: "median (min–max)"
  local vals m lo hi
  vals="$(values "$1")"
  [[ -n "$vals" ]] || { echo "—"; return; }
  m="$(echo "$vals" | median)"
  lo="$(echo "$vals" | sort -g | head -n1)"
  hi="$(echo "$vals" | sort -g | tail -n1)"
  printf "**$2** ($2–$2)" "$m" "$lo" "$hi"
}
OUT="$BENCH/results/$STAMP-jdks.md"
{
  echo "# Start-up, idle memory and reads on Java 17 and Java 25 — $(get machine.date)"
  echo
  echo "$(get machine.cores) cores, $(get machine.cpu), $(get machine.memory); load average at start $(get machine.load)."
  echo "The machine is shared: the figures are noisy. $ROUNDS rounds, the JDKs' order alternating; **median** (range)."
  echo
  echo "- Java 17: $(get jdk17.version); \`$(get run.cmd17)\`"
  echo "- Java 25: $(get jdk25.version); \`$(get run.cmd25)\`"
  echo "- each built by its own JDK (\`./mvnw package\`): on 17 the AppCDS archive, on 25 the AOT cache (service-parent/pom.xml)"
  echo
  echo "## Start-up (each service alone; ready = \`/q/health/ready\` answers 200, from the process start) and idle RSS ($IDLE s after ready)"
  echo
  echo "| service | ready, Java 17 (s) | ready, Java 25 (s) | Quarkus \"started in\", 17 / 25 (s) | idle RSS, Java 17 (MB) | idle RSS, Java 25 (MB) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for m in "${ORDER[@]}"; do
    q17="$(values "startup\\.$m\\.jdk17\\.round[0-9]+\\.quarkus\\.s" | median)"
    q25="$(values "startup\\.$m\\.jdk25\\.round[0-9]+\\.quarkus\\.s" | median)"
    echo "| $m | $(cell "startup\\.$m\\.jdk17\\.round[0-9]+\\.ready\\.s" %.2f) | $(cell "startup\\.$m\\.jdk25\\.round[0-9]+\\.ready\\.s" %.2f) | $q17 / $q25 | $(cell "startup\\.$m\\.jdk17\\.round[0-9]+\\.rss\\.mb" %.0f) | $(cell "startup\\.$m\\.jdk25\\.round[0-9]+\\.rss\\.mb" %.0f) |"
  done
  echo
  echo "Targets: ready < 1.5 s, idle < 150 MB RSS."
  if ((READ == 1)); then
    echo
    echo "## Reads: GET /api/projects/{id} ($UNITS units, $PROJECTS projects), wrk -t$WRK_THREADS -c$WRK_CONNECTIONS, ${WARMUP} s warm-up then ${DURATION} s"
    echo
    echo "projects-service and the gateway both on the JDK named; PostgreSQL, Kafka and wrk on the same cores."
    echo
    echo "| path | Java 17 (req/s) | Java 25 (req/s) | Java 25 ÷ 17 (medians) |"
    echo "| --- | ---: | ---: | ---: |"
    for p in direct gateway; do
      m17="$(values "read\\.$p\\.jdk17\\.round[0-9]+\\.rps" | median)"
      m25="$(values "read\\.$p\\.jdk25\\.round[0-9]+\\.rps" | median)"
      ratio="$(echo "scale=2; $m25 / $m17" | bc 2>/dev/null || echo ?)"
      echo "| $p | $(cell "read\\.$p\\.jdk17\\.round[0-9]+\\.rps" %.0f) | $(cell "read\\.$p\\.jdk25\\.round[0-9]+\\.rps" %.0f) | $ratio |"
    done
    echo
    echo "RSS after the reads (MB), projects-service / gateway: Java 17 $(values 'read\.projects-service\.jdk17\..*\.rss\.mb' | median) / $(values 'read\.gateway\.jdk17\..*\.rss\.mb' | median), Java 25 $(values 'read\.projects-service\.jdk25\..*\.rss\.mb' | median) / $(values 'read\.gateway\.jdk25\..*\.rss\.mb' | median)."
  fi
  echo
  echo "Raw figures: [\`$STAMP-jdks.properties\`]($STAMP-jdks.properties); logs in \`bench/.run/jdks/logs/\`."
} >"$OUT"
cp "$RESULTS" "$BENCH/results/$STAMP-jdks.properties"
cat "$OUT"
