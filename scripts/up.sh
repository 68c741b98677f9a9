#!/usr/bin/env bash
# make up: PostgreSQL (embedded, or DB_HOST), Kafka (a broker in its own JVM, or
# KAFKA_BOOTSTRAP_SERVERS), the topics, the services and the gateway, and the demo data once.
# Running it again is harmless: what is running is left alone.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
mkdir -p "$PIDS" "$LOGS" "$RUN/tmp"

echo "java: $(jdk_id)${JAVA_HOME:+ ($JAVA_HOME)}"
HEALTH_TIMEOUT="${HEALTH_TIMEOUT:-120}"
# INSTANCES=N: N instances of every service and of the gateway (lib.sh, instance_entries)
if [[ -z "${INSTANCES:-}" && -f "$INSTANCES_FILE" ]] && running_pid gateway >/dev/null; then
  INSTANCES="$(cat "$INSTANCES_FILE")" # running again without INSTANCES keeps the running stack's count
fi
INSTANCES="${INSTANCES:-1}"
instance_count >/dev/null # checks it
if [[ -f "$INSTANCES_FILE" ]] && (( $(cat "$INSTANCES_FILE") != INSTANCES )) && running_pid gateway >/dev/null; then
  # the running gateways know only the instances they were started with
  die "the running stack has $(cat "$INSTANCES_FILE") instance(s) of each service; 'make down' first to run $INSTANCES"
fi
# The demo lives on the speech's day: every service's county calendar and the demo data take this day as
# "today" (30 June of this year unless set; COUNTY_DEMO_DATE= runs on the real day). Never set in production.
COUNTY_DEMO_DATE="${COUNTY_DEMO_DATE-$(date +%Y)-06-30}"

# ---- build, when a source or pom changed since the last successful build, or a jar is missing
artifacts_missing() {
  [[ -f "$STACK/target/classpath.txt" ]] || return 0
  local entry
  for entry in "${SERVICES[@]}"; do
    [[ -f "$ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ]] || return 0
  done
  return 1
}
sources_changed() {
  [[ -f "$RUN/build.stamp" && "$(cat "$RUN/build.stamp")" == "$(jdk_id)" ]] || return 0 # none, or by another JDK
  [[ -n "$(find "$ROOT"/pom.xml "$ROOT"/*/pom.xml "$ROOT"/*/src -newer "$RUN/build.stamp" -print -quit 2>/dev/null)" ]]
}
if [[ -n "${SKIP_BUILD:-}" ]]; then
  echo "build: skipped (SKIP_BUILD is set)"
elif sources_changed || artifacts_missing; then
  echo "build: ./mvnw -q package -DskipTests"
  build_started=$SECONDS
  jdk_id >"$RUN/build.stamp.next" # taken before the build: files edited during it count as changed next time
  ./mvnw -q package -DskipTests || die "the build failed (see above); nothing was started"
  mv -f "$RUN/build.stamp.next" "$RUN/build.stamp"
  echo "build: done in $((SECONDS - build_started)) s"
  # on Java 25 the build's AOT caches are trained by a start only: AOT_TRAIN=1 trains them by the demo load (a few
  # minutes, on ports of its own; a failed training leaves the build's caches, the services unharmed). Opt-in until
  # scripts/aot-train.sh has been run through end to end.
  if (($(java_feature) >= 25)) && [[ "${AOT_TRAIN:-0}" == 1 ]]; then
    "$ROOT/scripts/aot-train.sh" || echo "aot-train failed (see above): the services start with the build's AOT caches" >&2
  fi
else
  echo "build: up to date"
fi
# the tools below, also while the root pom leaves local-stack out of the reactor
[[ -n "${SKIP_BUILD:-}" ]] || ensure_stack_built
CLASSPATH_STACK="$(stack_classpath)"
stack_java() { # the local-stack tools, with their temporary files under .run
  java -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -cp "$CLASSPATH_STACK" "$@"
}

# ---- JWT signing keys and the audit log's checkpoint keys (.run/keys, never committed)
if [[ ! -f "$KEYS/jwt-private.pem" || ! -f "$KEYS/jwt-public.pem" || ! -f "$KEYS/audit-private.pem" || ! -f "$KEYS/audit-public.pem" ]]; then
  stack_java io.keyprojects.stack.SigningKeys "$KEYS"
fi

# ---- PostgreSQL
DB_PORT="${DB_PORT:-55432}"
DB_USER="${DB_USER:-postgres}"
DB_PASSWORD="${DB_PASSWORD:-postgres}"
pg_started=""
if [[ -n "${DB_HOST:-}" ]]; then
  echo "postgres: external, $DB_HOST:$DB_PORT (DB_HOST is set)"
else
  DB_HOST=127.0.0.1
  if pid="$(running_pid postgres)"; then
    echo "postgres: already running (pid $pid)"
  else
    port_open "$DB_PORT" && die "port $DB_PORT is taken by a process that is not ours (an earlier run's? 'make down' stops those): free it, or set DB_PORT"
    echo "postgres: starting on $DB_HOST:$DB_PORT, data in .run/postgres"
    pg_started=$SECONDS
    start_background postgres "$LOGS/postgres.log" env PG_PORT="$DB_PORT" \
      java "$(component_flag postgres)" -Xmx128m -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" \
      -cp "$CLASSPATH_STACK" io.keyprojects.stack.LocalPostgres
  fi
fi

# ---- Kafka (started before waiting for PostgreSQL: both boot at once)
kafka_started=""
if [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]]; then
  echo "kafka: external, $KAFKA_BOOTSTRAP_SERVERS (KAFKA_BOOTSTRAP_SERVERS is set)"
else
  KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$EMBEDDED_KAFKA_PORT"
  if pid="$(running_pid kafka)"; then
    echo "kafka: already running (pid $pid)"
  else
    port_open "$EMBEDDED_KAFKA_PORT" && die "port $EMBEDDED_KAFKA_PORT is taken by a process that is not ours (an earlier run's? 'make down' stops those)"
    echo "kafka: starting on $KAFKA_BOOTSTRAP_SERVERS, data in .run/kafka"
    kafka_started=$SECONDS
    # the broker logs to .run/logs/kafka.log (kafka-log4j2.xml); kafka.out keeps its console
    start_background kafka "$LOGS/kafka.out" \
      java "$(component_flag kafka)" -Xmx512m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
      -Djava.io.tmpdir="$RUN/tmp" -Dkeyprojects.run.dir="$RUN" -Dkeyprojects.logs.dir="$LOGS" \
      -Dlog4j2.configurationFile=kafka-log4j2.xml -cp "$CLASSPATH_STACK" io.keyprojects.stack.KafkaBroker
  fi
fi

# wait_for <component> <log> <started-at> <timeout-seconds> <command...>: until the command
# succeeds; fails early, with the log's tail, when the component's process is gone.
wait_for() {
  local name="$1" log="$2" deadline=$(($3 + $4)) timeout="$4"
  shift 4
  until "$@"; do
    if ! running_pid "$name" >/dev/null; then
      log_tail "$log"
      die "$name stopped while starting (log: $log)"
    fi
    if ((SECONDS >= deadline)); then
      log_tail "$log"
      die "$name not ready after $timeout s (log: $log)"
    fi
    sleep 0.2
  done
}
pg_ready() { grep -q '^READY$' "$LOGS/postgres.log" 2>/dev/null && port_open "$DB_PORT"; }
if [[ -n "$pg_started" ]]; then
  wait_for postgres "$LOGS/postgres.log" "$pg_started" 60 pg_ready
  echo "postgres: ready in $((SECONDS - pg_started)) s"
fi
if [[ -n "$kafka_started" ]]; then
  wait_for kafka "$LOGS/kafka.log" "$kafka_started" 60 port_open "$EMBEDDED_KAFKA_PORT"
  echo "kafka: ready in $((SECONDS - kafka_started)) s"
fi

# ---- topics (idempotent: creates only the missing ones)
KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP_SERVERS" stack_java io.keyprojects.stack.TopicSetup

# ---- the services and the gateway
for entry in "${SERVICES[@]}"; do
  jar="$ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || die "${entry%%:*} is not built: $jar is missing (run 'make build'; PostgreSQL and Kafka keep running, 'make down' stops them)"
done
service_env() { # module port component -> the environment of that instance, one VAR=value a line
  local module="$1" port="$2" component="$3"
  echo "QUARKUS_HTTP_PORT=$port"
  echo "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS"
  echo "JWT_PUBLIC_KEY_LOCATION=file:$KEYS/jwt-public.pem"
  echo "COUNTY_DEMO_DATE=$COUNTY_DEMO_DATE"
  case "$module" in
    gateway)
      echo "JWT_PRIVATE_KEY_LOCATION=file:$KEYS/jwt-private.pem"
      echo "GATEWAY_DEV_TOKENS=true" # enables POST /auth/token
      echo "GATEWAY_API_KEYS_FILE=$RUN/gateway/api-keys.json" # services run from their target/quarkus-app
      echo "UPSTREAM_PROJECTS_URL=$(instance_urls projects-service "$INSTANCES")"
      echo "UPSTREAM_ISSUES_URL=$(instance_urls issues-service "$INSTANCES")"
      echo "UPSTREAM_ASSESSMENT_URL=$(instance_urls assessment-service "$INSTANCES")"
      echo "UPSTREAM_NOTIFICATIONS_URL=$(instance_urls notifications-service "$INSTANCES")"
      echo "GATEWAY_ACCESS_LOG_FILE=$LOGS/$component-access.log" # its own file, rotated by size (10M × 6 at most)
      ;;
    assessment-service)
      echo "AUDIT_SIGNING_KEY=$KEYS/audit-private.pem"
      echo "AUDIT_PUBLIC_KEY=$KEYS/audit-public.pem"
      ;;&
    *)
      echo "DB_HOST=$DB_HOST"
      echo "DB_PORT=$DB_PORT"
      echo "DB_NAME=${module%-service}"
      echo "DB_USER=$DB_USER"
      echo "DB_PASSWORD=$DB_PASSWORD"
      ;;
  esac
}
services_started=$SECONDS
echo "$INSTANCES" >"$INSTANCES_FILE"
mapfile -t INSTANCE_ENTRIES < <(instance_entries "$INSTANCES")
for entry in "${INSTANCE_ENTRIES[@]}"; do
  read -r component module port <<<"$entry"
  if pid="$(running_pid "$component")"; then
    echo "$component: already running (pid $pid)"
    continue
  fi
  port_open "$port" && die "port $port is taken by a process that is not ours (an earlier run's? 'make down' stops those)"
  echo "$component: starting on http://localhost:$port"
  env_vars=()
  while IFS= read -r line; do env_vars+=("$line"); done < <(service_env "$module" "$port" "$component")
  service_command "$module" "$component" # JVM options: scripts/service-jvm.options (+ SERVICE_JAVA_OPTS)
  start_background "$component" "$LOGS/$component.log" env "${env_vars[@]}" "${SERVICE_CMD[@]}"
done
service_ready() { [[ "$(http_status "http://localhost:$1/q/health/ready")" == 200 ]]; }
for entry in "${INSTANCE_ENTRIES[@]}"; do
  read -r component module port <<<"$entry"
  # one deadline for all: they start side by side
  wait_for "$component" "$LOGS/$component.log" "$services_started" "$HEALTH_TIMEOUT" service_ready "$port"
  echo "$component: ready ($((SECONDS - services_started)) s)"
done

# ---- demo data, once (the gateway's dev tokens; DemoData also stops by itself when units exist)
if [[ ! -f "$RUN/demo.loaded" ]]; then
  echo "demo data: loading through the gateway"
  GATEWAY_URL=http://localhost:8080 COUNTY_DEMO_DATE="$COUNTY_DEMO_DATE" stack_java io.keyprojects.stack.DemoData || die "loading the demo data failed (see above)"
  touch "$RUN/demo.loaded"
fi

cat <<SUMMARY

Key Projects Platform is up ($SECONDS s).
  gateway            http://localhost:8080
  Swagger UI         http://localhost:8080/q/swagger-ui
  projects-service   http://localhost:8081/q/health
  issues-service     http://localhost:8082/q/health
  assessment-service http://localhost:8083/q/health
  notifications-service http://localhost:8084/q/health
  gateway health     http://localhost:8080/q/health
  PostgreSQL         $DB_HOST:$DB_PORT (databases projects, issues, assessment, notifications)
  Kafka              $KAFKA_BOOTSTRAP_SERVERS
  logs               $LOGS
  county "today"     ${COUNTY_DEMO_DATE:-the real day} (COUNTY_DEMO_DATE; the demo lives on 30 June)
  instances          $INSTANCES of each service and of the gateway (INSTANCES; instance k on port + (k-1)*10000)
'make status' shows each component; 'make down' stops them.
SUMMARY
