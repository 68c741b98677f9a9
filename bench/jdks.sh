#!/usr/bin/env bash
# make bench-jdks: start-up, idle memory and reads of the packaged services on Java 17 and Java 25 side by side, in one
# run on one stack (bench/.run/jdks, its own ports). The variants (VARIANTS):
#   17  — Java 17 with the AppCDS archive the build makes;
#   25  — Java 25 with the AOT cache the build makes (trained by the application's start only), compact object headers;
#   25t — the same build with the cache trained by the demo load (scripts/aot-train.sh; AOT_TRAIN=1 adds it);
#   25p — the same build without a cache: the plain JVM (what runs when the cache does not match).
# Each JDK builds into its own copy of every target/quarkus-app. ROUNDS rounds (3), the variants' order rotating; the
# tables give the median and the range. Writes bench/results/<date>-<time>-jdks.md (and .properties). Everything it
# started is stopped at the end, also on failure or Ctrl-C. Knobs: bench/README.md.
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
: "${ROUNDS:=3}" "${IDLE:=10}" "${STARTUP:=1}" "${READ:=1}" "${UNITS:=20}" "${PROJECTS:=1000}" "${WARMUP:=30}" "${DURATION:=20}"
: "${READ_ROUNDS:=$ROUNDS}"
if [[ -z "${VARIANTS:-}" ]]; then
  VARIANTS="17 25"
  [[ "${AOT_TRAIN:-0}" == 1 ]] && VARIANTS="17 25 25t"
fi
read -r -a VARIANT_LIST <<<"$VARIANTS"
for v in "${VARIANT_LIST[@]}"; do
  [[ "$v" =~ ^(17|25|25t|25p)$ ]] || { echo "ERROR: VARIANTS: '$v' is none of 17, 25, 25t, 25p" >&2; exit 1; }
done
jdk_of() { echo "${1%[tp]}"; } # the variant's JDK: 17 or 25
wants() { [[ " $VARIANTS " == *" $1 "* ]]; }
declare -A LABEL=([17]="Java 17 + AppCDS" [25]="Java 25 + the build's AOT cache" [25t]="Java 25 + AOT cache trained by the demo load"
  [25p]="Java 25, no cache")
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

with_jdk() { # variant command...: runs the command with that variant's JDK first on PATH, and JDK17_OPTS or JDK25_OPTS
  local v opts_name
  v="$(jdk_of "$1")"
  opts_name="JDK${v}_OPTS"
  shift
  JAVA_HOME="${JDK[$v]}" PATH="${JDK[$v]}/bin:$PATH" SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-} ${!opts_name:-}" "$@"
}

# ---- one build per JDK, each into its own copy (the archive or cache fits only the jars and JDK that made it)
copy_build() { # variant: the modules' target/quarkus-app as they are now into that variant's copies
  local m
  for m in "${ORDER[@]}"; do
    rm -rf "$RUN/jdk$1/$m" && mkdir -p "$RUN/jdk$1/$m"
    cp -a "$ROOT/$m/target/quarkus-app" "$RUN/jdk$1/$m/" # -a: the archive and the cache check the jars' times
  done
}
if [[ -z "${SKIP_BUILD:-}" ]]; then
  modules="local-stack,$(IFS=,; echo "${ORDER[*]}")"
  for v in 17 25; do
    wants "$v" || wants "${v}t" || wants "${v}p" || continue
    echo "build: JDK $v, ./mvnw -q -pl $modules -am package -DskipTests"
    with_jdk "$v" ./mvnw -q -pl "$modules" -am package -DskipTests || die "the build on JDK $v failed (see above)"
    wants "$v" && copy_build "$v"
    if wants "${v}p"; then
      copy_build "${v}p"
      for m in "${ORDER[@]}"; do rm -f "$RUN/jdk${v}p/$m/quarkus-app/"*.aot "$RUN/jdk${v}p/$m/quarkus-app/"*.jsa; done
    fi
    if ((v == 25)) && wants 25t; then # the caches trained by the demo load
      with_jdk 25 "$ROOT/scripts/aot-train.sh" || die "training the AOT caches failed (see above; VARIANTS without 25t skips it)"
      copy_build 25t
    fi
  done
  with_jdk 17 ./mvnw -q -f bench/pom.xml package || die "building bench/ failed"
fi
for v in "${VARIANT_LIST[@]}"; do
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
put machine.uptime "$(uptime)"
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

# start <variant> <module> <log>: starts the module's copy of that variant, as make up runs a service (scripts/lib.sh
# service_command: the options files, the AOT cache or the AppCDS archive), and waits until /q/health/ready answers 200;
# sets READY_S to the seconds from the process start.
start() {
  local v="$1" module="$2" log="$3" env_vars=() t0 line jdk
  jdk="$(jdk_of "$v")"
  while IFS= read -r line; do env_vars+=("$line"); done < <(service_env "$module")
  with_jdk "$v" service_command "$module" "jdks-$module" "$RUN/jdk$v/$module/quarkus-app"
  local i
  for i in "${!SERVICE_CMD[@]}"; do # this JDK's java: the command runs after with_jdk's PATH is gone
    [[ "${SERVICE_CMD[$i]}" == java ]] && SERVICE_CMD[i]="${JDK[$jdk]}/bin/java"
  done
  t0=$(date +%s.%N)
  start_background "jdks-$module" "$log" env "${env_vars[@]}" "${SERVICE_CMD[@]}"
  until [[ "$(http_status "http://127.0.0.1:${PORT[$module]}/q/health/ready")" == 200 ]]; do
    running_pid "jdks-$module" >/dev/null || { log_tail "$log"; die "$module ($v) stopped while starting"; }
    [[ $(echo "$(date +%s.%N) - $t0 < 240" | bc) == 1 ]] || { log_tail "$log"; die "$module ($v) not ready after 240 s"; }
    sleep 0.05
  done
  READY_S=$(echo "$(date +%s.%N) - $t0" | bc)
  # the CPU time it took to get there (all its threads, user + system): on cores shared with other work the wall time
  # above stretches with the load, this much less
  READY_CPU_S="$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$(running_pid "jdks-$module")/stat")"
}

rotated() { # round: the variants, rotated by round-1 (each variant comes first, last... in turn)
  local n=${#VARIANT_LIST[@]} k
  for ((k = 0; k < n; k++)); do echo "${VARIANT_LIST[$(((k + $1 - 1) % n))]}"; done
}
status_mb() { # pid field: a /proc/<pid>/status figure (VmRSS, RssAnon, RssFile) in MB
  echo $(($(awk -v f="$2:" '$1 == f {print $2}' "/proc/$1/status") / 1024))
}

# The first start of each service migrates its database (Flyway): not measured.
echo "first start of each service (database migrations), not measured"
for module in "${ORDER[@]}"; do
  start "${VARIANT_LIST[0]}" "$module" "$LOGS/$module-migrate.log"
  stop_component "jdks-$module"
done
put run.jvm "$(grep -v '^#' "$SERVICE_JVM_OPTIONS" | xargs)"
put run.jvm25 "$(grep -v '^#' "$SERVICE_JVM_OPTIONS_25" | xargs)"
for v in "${VARIANT_LIST[@]}"; do
  with_jdk "$v" service_command projects-service x "$RUN/jdk$v/projects-service/quarkus-app" 2>/dev/null &&
    put "run.cmd$v" "$(echo "${SERVICE_CMD[@]:4}")"
done

# ---- start-up and idle memory: each service alone, ROUNDS rounds, the variants' order rotating
if ((STARTUP == 1)); then
  for round in $(seq 1 "$ROUNDS"); do
    for v in $(rotated "$round"); do
      for module in "${ORDER[@]}"; do
        log="$LOGS/$module-jdk$v-$round.log"
        start "$v" "$module" "$log"
        pid="$(running_pid "jdks-$module")"
        quarkus="$(grep -o 'started in [0-9.]*s' "$log" | head -n1 | grep -o '[0-9.]*' || true)"
        sleep "$IDLE"
        rss="$(status_mb "$pid" VmRSS)"
        # the JVM's own word on its archive or cache: a warning means it runs without
        refused="$(grep -c -E 'Unable to (use|map)|\[(warning|error)\]\[(aot|cds)' "$log" || true)"
        put "startup.$module.jdk$v.round$round.ready.s" "$READY_S"
        put "startup.$module.jdk$v.round$round.quarkus.s" "${quarkus:-?}"
        put "startup.$module.jdk$v.round$round.cpu.s" "$READY_CPU_S"
        put "startup.$module.jdk$v.round$round.rss.mb" "$rss"
        put "startup.$module.jdk$v.round$round.rss.anon.mb" "$(status_mb "$pid" RssAnon)"
        put "startup.$module.jdk$v.round$round.rss.file.mb" "$(status_mb "$pid" RssFile)"
        put "startup.$module.jdk$v.round$round.load" "$(cut -d' ' -f1 /proc/loadavg)"
        printf 'round %s, %s, %s: ready in %.2f s (Quarkus: %s s, CPU %s s), idle RSS %s MB (load %s)%s\n' "$round" "$v" \
          "$module" "$READY_S" "${quarkus:-?}" "$READY_CPU_S" "$rss" "$(cut -d' ' -f1 /proc/loadavg)" \
          "$( ((refused > 0)) && echo " — the JVM refused its archive/cache, see $log")"
        ((refused == 0)) || put "startup.$module.jdk$v.round$round.refused" "$refused"
        stop_component "jdks-$module"
      done
    done
  done
fi

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
  for round in $(seq 1 "$READ_ROUNDS"); do
    for v in $(rotated "$round"); do
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
        echo "round $round, $v, read/$path: $rps req/s (non-2xx: ${non2xx:-0}; load $(cut -d' ' -f1 /proc/loadavg))"
      done
      for m in projects-service gateway; do
        put "read.$m.jdk$v.round$round.rss.mb" "$(status_mb "$(running_pid "jdks-$m")" VmRSS)"
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
header() { # first column's title: a table head with one column per variant
  local v line="| $1 |" rule="| --- |"
  for v in "${VARIANT_LIST[@]}"; do line+=" $v: ${LABEL[$v]} |"; rule+=" ---: |"; done
  echo "$line"
  echo "$rule"
}
{
  echo "# Start-up, idle memory and reads on Java 17 and Java 25 — $(get machine.date)"
  echo
  echo "$(get machine.cores) cores, $(get machine.cpu), $(get machine.memory); load average at start $(get machine.load)."
  echo "The machine is shared: the figures are noisy. $ROUNDS rounds, the variants' order rotating; **median** (range)."
  echo
  for v in "${VARIANT_LIST[@]}"; do
    echo "- $v, ${LABEL[$v]}: $(get "jdk$(jdk_of "$v").version"); \`$(get "run.cmd$v")\`"
  done
  echo "- each JDK builds its own copy (\`./mvnw package\`): on 17 the AppCDS archive, on 25 the AOT cache (service-parent/pom.xml)"
  if ((STARTUP == 1)); then
    echo
    echo "## Ready (s): each service alone, \`/q/health/ready\` answers 200, from the process start; then the median of Quarkus's \"started in\" and of the CPU time (user + system, all threads) used until ready"
    echo
    echo "On shared cores the wall time stretches with the load; the CPU time much less, so it compares the variants more steadily."
    echo
    header service
    for m in "${ORDER[@]}"; do
      line="| $m |"
      for v in "${VARIANT_LIST[@]}"; do
        line+=" $(cell "startup\\.$m\\.jdk$v\\.round[0-9]+\\.ready\\.s" %.2f); $(values "startup\\.$m\\.jdk$v\\.round[0-9]+\\.quarkus\\.s" | median); CPU $(values "startup\\.$m\\.jdk$v\\.round[0-9]+\\.cpu\\.s" | median) |"
      done
      echo "$line"
    done
    echo
    echo "## Idle RSS (MB), $IDLE s after ready: VmRSS; after the semicolon its anonymous / file-backed parts (medians)"
    echo
    echo "File-backed pages (the jars, the JDK's modules, the CDS archive or the AOT cache mapped from disk) can be shared"
    echo "with other processes and dropped by the kernel under memory pressure; anonymous pages are the process's own."
    echo
    header service
    for m in "${ORDER[@]}"; do
      line="| $m |"
      for v in "${VARIANT_LIST[@]}"; do
        line+=" $(cell "startup\\.$m\\.jdk$v\\.round[0-9]+\\.rss\\.mb" %.0f); $(values "startup\\.$m\\.jdk$v\\.round[0-9]+\\.rss\\.anon\\.mb" | median) / $(values "startup\\.$m\\.jdk$v\\.round[0-9]+\\.rss\\.file\\.mb" | median) |"
      done
      echo "$line"
    done
    echo
    echo "Targets: ready < 1.5 s, idle < 150 MB RSS. Load average (1 min) at the measurements: $(values 'startup\..*\.load' | sort -g | head -n1)–$(values 'startup\..*\.load' | sort -g | tail -n1), median $(values 'startup\..*\.load' | median)."
    refusals="$(grep -hE '^startup\..*\.refused=' "$RESULTS" | cut -d= -f1 | sed 's/^startup\.//; s/\.refused$//' | xargs || true)"
    [[ -z "$refusals" ]] || echo "The JVM refused its archive or cache (ran without) in: $refusals."
  fi
  if ((READ == 1)); then
    echo
    echo "## Reads: GET /api/projects/{id} ($UNITS units, $PROJECTS projects), wrk -t$WRK_THREADS -c$WRK_CONNECTIONS, ${WARMUP} s warm-up then ${DURATION} s, $READ_ROUNDS rounds"
    echo
    echo "projects-service and the gateway both on the variant named; PostgreSQL, Kafka and wrk on the same cores. req/s, **median** (range); ÷ 17: the medians' ratio."
    echo
    header path
    for p in direct gateway; do
      m17="$(values "read\\.$p\\.jdk17\\.round[0-9]+\\.rps" | median)"
      line="| $p |"
      for v in "${VARIANT_LIST[@]}"; do
        line+=" $(cell "read\\.$p\\.jdk$v\\.round[0-9]+\\.rps" %.0f)"
        if [[ "$v" != 17 ]]; then
          line+="; ÷ 17: $(echo "scale=2; $(values "read\\.$p\\.jdk$v\\.round[0-9]+\\.rps" | median) / $m17" | bc 2>/dev/null || echo ?)"
        fi
        line+=" |"
      done
      echo "$line"
    done
    echo
    line="RSS after the reads (MB), projects-service / gateway:"
    for v in "${VARIANT_LIST[@]}"; do
      line+=" $v $(values "read\\.projects-service\\.jdk$v\\..*\\.rss\\.mb" | median) / $(values "read\\.gateway\\.jdk$v\\..*\\.rss\\.mb" | median);"
    done
    echo "${line%;}."
  fi
  echo
  echo "Raw figures: [\`$STAMP-jdks.properties\`]($STAMP-jdks.properties); logs in \`bench/.run/jdks/logs/\`."
} >"$OUT"
cp "$RESULTS" "$BENCH/results/$STAMP-jdks.properties"
cat "$OUT"
