#!/usr/bin/env bash
# make aot-train: trains every service's AOT cache (Java 25, JEP 483/514/515) by a real workload instead of a bare
# start. On a small stack of its own (.run/aot-train: PostgreSQL 56732, Kafka 59492/59493, the services on
# 38080–38084, fresh databases each time) the packaged services run as make up runs them, but recording
# (-XX:AOTCacheOutput); the workload is make up's demo load through the gateway (DemoData: units, people, 56 projects,
# their phases, targets, supervision, honours, publicity — writes, the outbox relays, the consumers) and then READS
# rounds of the console's and the public's reads. SIGTERM then makes each JVM write its cache as it exits; each
# replaces target/quarkus-app/app.aot (the build's cache, trained by a start only, stays when training fails).
#
# make up runs it after a build on Java 25 with AOT_TRAIN=1, and bench/jdks.sh after its Java 25 build with AOT_TRAIN=1
# (opt-in: run through end to end once, bench/results/2026-11-28-1658-aot-train.md; its effect on start-up not yet measured).
# Uses fixed ports: run it where nothing else holds them. Knobs: READS (20), AOT_TRAIN_RUN_DIR, AOT_TRAIN_*_PORT.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
(($(java_feature) >= 25)) || die "the AOT cache needs Java 25 or later; java here is $(jdk_id) (JAVA_HOME, or README: Temurin 25)"

TRAIN="${AOT_TRAIN_RUN_DIR:-$RUN/aot-train}" # git-ignored (.run/)
PIDS="$TRAIN/pids" # start_background and running_pid (lib.sh) keep the pids here, apart from make up's
LOGS="$TRAIN/logs"
KEYS="$TRAIN/keys"
READS="${READS:-20}"
PG_PORT="${AOT_TRAIN_PG_PORT:-56732}"
KAFKA_PORT="${AOT_TRAIN_KAFKA_PORT:-59492}"
KAFKA_CONTROLLER_PORT="${AOT_TRAIN_KAFKA_CONTROLLER_PORT:-59493}"
KAFKA="127.0.0.1:$KAFKA_PORT"
MODULES=(projects-service issues-service assessment-service notifications-service gateway)
declare -A PORT=([projects-service]=38081 [issues-service]=38082 [assessment-service]=38083 [notifications-service]=38084 [gateway]=38080)
OUTPUT=app-trained.aot # written next to app.aot, moved over it only once complete
COUNTY_DEMO_DATE="${COUNTY_DEMO_DATE-$(date +%Y)-06-30}" # the demo's day, as make up

for module in "${MODULES[@]}"; do
  [[ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ]] || die "$module is not built (make build, on Java 25)"
done
for port in "$PG_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "${PORT[@]}"; do
  port_open "$port" && die "port $port is taken (an earlier training still running? set AOT_TRAIN_*_PORT to move)"
done
ensure_stack_built
CP_STACK="$(stack_classpath)"
stack_java() { java -Djava.io.tmpdir="$TRAIN/tmp" -Dkeyprojects.run.dir="$TRAIN" -cp "$CP_STACK" "$@"; }

stop_component() { # name seconds: SIGTERM, then SIGKILL when it has not exited in time
  local pid
  if pid="$(running_pid "$1")"; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 $(($2 * 5))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$(pid_file "$1")"
}
cleanup() {
  local status=$? name
  set +e
  for name in "${MODULES[@]}" kafka postgres; do stop_component "train-$name" 20; done
  for module in "${MODULES[@]}"; do rm -f "$ROOT/$module/target/quarkus-app/$OUTPUT"*; done # half-written ones
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
rm -rf "$TRAIN" && mkdir -p "$PIDS" "$LOGS" "$TRAIN/tmp"
echo "aot-train: $(jdk_id); stack in ${TRAIN#"$ROOT"/}"
stack_java io.keyprojects.stack.SigningKeys "$KEYS" >/dev/null
start_background train-postgres "$LOGS/postgres.log" env PG_PORT="$PG_PORT" \
  java "$(component_flag train-postgres)" -Xmx128m -Djava.io.tmpdir="$TRAIN/tmp" -Dkeyprojects.run.dir="$TRAIN" \
  -cp "$CP_STACK" io.keyprojects.stack.LocalPostgres
start_background train-kafka "$LOGS/kafka.out" env KAFKA_PORT="$KAFKA_PORT" KAFKA_CONTROLLER_PORT="$KAFKA_CONTROLLER_PORT" \
  java "$(component_flag train-kafka)" -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true -Djava.io.tmpdir="$TRAIN/tmp" \
  -Dkeyprojects.run.dir="$TRAIN" -Dkeyprojects.logs.dir="$LOGS" -Dlog4j2.configurationFile=kafka-log4j2.xml \
  -cp "$CP_STACK" io.keyprojects.stack.KafkaBroker
until grep -q '^READY$' "$LOGS/postgres.log" 2>/dev/null && port_open "$PG_PORT" && port_open "$KAFKA_PORT"; do
  running_pid train-postgres >/dev/null || { log_tail "$LOGS/postgres.log"; die "postgres stopped while starting"; }
  running_pid train-kafka >/dev/null || { log_tail "$LOGS/kafka.out"; die "kafka stopped while starting"; }
  ((SECONDS - started < 180)) || die "postgres or kafka not ready after 180 s"
  sleep 0.2
done
KAFKA_BOOTSTRAP_SERVERS="$KAFKA" stack_java io.keyprojects.stack.TopicSetup >/dev/null

service_env() { # module: its environment, one VAR=value a line (as make up's, on the training ports)
  local module="$1"
  echo "QUARKUS_HTTP_PORT=${PORT[$module]}"
  echo "HTTP_PORT=${PORT[$module]}"
  echo "KAFKA_BOOTSTRAP_SERVERS=$KAFKA"
  echo "JWT_PUBLIC_KEY_LOCATION=file:$KEYS/jwt-public.pem"
  echo "COUNTY_DEMO_DATE=$COUNTY_DEMO_DATE"
  case "$module" in
    gateway)
      echo "JWT_PRIVATE_KEY_LOCATION=file:$KEYS/jwt-private.pem"
      echo "GATEWAY_DEV_TOKENS=true"
      echo "GATEWAY_API_KEYS_FILE=$TRAIN/gateway/api-keys.json"
      echo "GATEWAY_ACCESS_LOG_FILE=$LOGS/gateway-access.log"
      local upstream
      for upstream in projects issues assessment notifications; do
        echo "UPSTREAM_${upstream^^}_URL=http://127.0.0.1:${PORT[$upstream-service]}"
      done
      ;;
    assessment-service)
      echo "AUDIT_SIGNING_KEY=$KEYS/audit-private.pem"
      echo "AUDIT_PUBLIC_KEY=$KEYS/audit-public.pem"
      ;;&
    *)
      echo "DB_HOST=127.0.0.1"
      echo "DB_PORT=$PG_PORT"
      echo "DB_NAME=${module%-service}"
      echo "DB_USER=postgres"
      echo "DB_PASSWORD=postgres"
      ;;
  esac
}
for module in "${MODULES[@]}"; do
  env_vars=()
  while IFS= read -r line; do env_vars+=("$line"); done < <(service_env "$module")
  AOT_RECORD="$OUTPUT" service_command "$module" "train-$module"
  start_background "train-$module" "$LOGS/$module.log" env "${env_vars[@]}" "${SERVICE_CMD[@]}"
done
for module in "${MODULES[@]}"; do
  until [[ "$(http_status "http://127.0.0.1:${PORT[$module]}/q/health/ready")" == 200 ]]; do
    running_pid "train-$module" >/dev/null || { log_tail "$LOGS/$module.log"; die "$module stopped while starting"; }
    ((SECONDS - started < 400)) || { log_tail "$LOGS/$module.log"; die "$module not ready in time"; }
    sleep 0.5
  done
done
echo "aot-train: services recording ($((SECONDS - started)) s); workload: the demo load"
GATEWAY_URL="http://127.0.0.1:${PORT[gateway]}" COUNTY_DEMO_DATE="$COUNTY_DEMO_DATE" RUN_DIR="$TRAIN" \
  stack_java io.keyprojects.stack.DemoData >"$LOGS/demo-data.log" 2>&1 || { log_tail "$LOGS/demo-data.log"; die "the demo load failed"; }

# then what the console's cockpit and lists and the public site read, READS times (a GET that fails is counted, not
# fatal: the training only needs the code paths run)
gw="http://127.0.0.1:${PORT[gateway]}"
token="$(curl -sf -H 'Content-Type: application/json' -d '{"role":"commander","unit":"ZFB"}' "$gw/auth/token" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')"
[[ -n "$token" ]] || die "no development token from the training gateway"
year="${COUNTY_DEMO_DATE:0:4}"
year="${year:-$(date +%Y)}"
reads=(/api/projects "/api/projects?size=50" /api/units /api/people /api/issues "/api/dashboard?year=$year"
  "/api/assessments?period=$year" /api/supervision/inspections /api/supervision/bulletins /api/publicity /api/meetings
  "/api/notifications?unit=ZFB" /api/webhooks /public/feed.json /public/projects) # the commander names the inbox's unit
project="$(curl -sf -H "Authorization: Bearer $token" "$gw/api/projects?size=1" | grep -o '"id" *: *"[^"]*"' | head -n1 | cut -d'"' -f4 || true)"
[[ -n "$project" ]] && reads+=("/api/projects/$project" "/api/projects/$project/milestones" "/api/projects/$project/changes")
failed=0
for _ in $(seq 1 "$READS"); do
  for path in "${reads[@]}"; do
    status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$gw$path" || true)"
    [[ "$status" == 2* || "$status" == 304 ]] || failed=$((failed + 1))
  done
done
echo "aot-train: $((READS * ${#reads[@]})) reads ($failed not 2xx); stopping the services: each writes its cache"

# SIGTERM: each JVM records its configuration at exit and assembles the cache in a child JVM (a minute or more on a
# busy machine), so it is given time; the gateway first, so the services see no traffic while they stop
for module in gateway projects-service issues-service assessment-service notifications-service; do
  pid="$(running_pid "train-$module")" && kill -TERM "$pid"
done
for module in "${MODULES[@]}"; do stop_component "train-$module" 600; done
trained=0
for module in "${MODULES[@]}"; do
  app="$ROOT/$module/target/quarkus-app"
  if [[ -s "$app/$OUTPUT" ]] && grep -q 'AOTCache creation is complete' "$LOGS/$module.log"; then
    mv -f "$app/$OUTPUT" "$app/app.aot"
    trained=$((trained + 1))
    echo "aot-train: $module: $(du -m "$app/app.aot" | cut -f1) MB cache"
  else
    log_tail "$LOGS/$module.log"
    echo "aot-train: $module: no trained cache (the build's, trained by a start only, stays)" >&2
  fi
done
echo "aot-train: $trained of ${#MODULES[@]} caches trained in $((SECONDS - started)) s (logs: ${LOGS#"$ROOT"/})"
((trained == ${#MODULES[@]}))
