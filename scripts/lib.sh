# shellcheck shell=bash disable=SC2034
# Shared by up.sh, down.sh, status.sh and keys.sh: where the local stack keeps its files, which
# components it runs, and how to tell our own processes from anyone else's.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN="$ROOT/.run"          # git-ignored: data, logs, keys, pids
PIDS="$RUN/pids"
LOGS="$RUN/logs"
KEYS="$RUN/keys"
STACK="$ROOT/local-stack"

# module:port, in start order (down.sh stops them in reverse)
SERVICES=(projects-service:8081 issues-service:8082 assessment-service:8083 notifications-service:8084 gateway:8080)

EMBEDDED_KAFKA_PORT=59092

# The JDK: JAVA_HOME when the caller set it; otherwise Java 25 (Temurin) where it is installed — its AOT cache
# starts the services faster (service-parent/pom.xml) — and otherwise the java on PATH. The build (./mvnw)
# and every java started below use the same one.
JAVA25_HOME="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ -z "${JAVA_HOME:-}" && -x "$JAVA25_HOME/bin/java" ]]; then
  export JAVA_HOME="$JAVA25_HOME"
fi
if [[ -n "${JAVA_HOME:-}" ]]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi

# The running JDK's feature version (17, 25, ...).
java_feature() {
  java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/^ *java.specification.version/ {print $2; exit}'
}

# Which JDK a build was made with, as kept in a build stamp: a build by another JDK is rebuilt (its jars
# carry the AppCDS archive or the AOT cache of that JDK only).
jdk_id() {
  java -version 2>&1 | head -n 1
}

# make up INSTANCES=N runs N instances of every service and of the gateway over the same PostgreSQL and Kafka.
# Instance 1 is the component named after its module on the module's port; instance k (2..5) is
# "<module>-k" on the port plus (k-1)*10000 (projects-service-2 on 18081, gateway-2 on 18080). The count
# a stack was started with is kept in .run/instances, so down and status find every instance.
MAX_INSTANCES=5
INSTANCES_FILE="$RUN/instances"

# the instance count asked for (INSTANCES), else the one the running stack was started with, else 1
instance_count() {
  local count="${INSTANCES:-}"
  [[ -z "$count" && -f "$INSTANCES_FILE" ]] && count="$(cat "$INSTANCES_FILE")"
  count="${count:-1}"
  [[ "$count" =~ ^[1-9]$ ]] && ((count <= MAX_INSTANCES)) || die "INSTANCES must be 1 to $MAX_INSTANCES, not '$count'"
  echo "$count"
}

# instance_entries <count>: one "component module port" line per instance, instance 1 of every service first,
# in SERVICES' (start) order within each instance number
instance_entries() {
  local k entry module port
  for ((k = 1; k <= $1; k++)); do
    for entry in "${SERVICES[@]}"; do
      module="${entry%%:*}"
      port="${entry##*:}"
      if ((k == 1)); then
        echo "$module $module $port"
      else
        echo "$module-$k $module $((port + (k - 1) * 10000))"
      fi
    done
  done
}

# instance_urls <module> <count>: the comma-separated base URLs of a service's instances (the gateway's upstream list)
instance_urls() {
  local module="$1" count="$2" entry port urls="" k
  for entry in "${SERVICES[@]}"; do
    [[ "${entry%%:*}" == "$module" ]] && port="${entry##*:}"
  done
  for ((k = 1; k <= count; k++)); do
    urls+="${urls:+,}http://localhost:$((port + (k - 1) * 10000))"
  done
  echo "$urls"
}

die() {
  echo "ERROR: $*" >&2
  exit 1
}

# The local-stack tools (LocalPostgres, KafkaBroker, TopicSetup, SigningKeys, DemoData) run from
# target/classes with the classpath the build wrote.
stack_classpath() {
  [[ -f "$STACK/target/classpath.txt" ]] || die "local-stack is not built: run 'make build' (or ./mvnw -q -f local-stack/pom.xml package -DskipTests)"
  echo "$STACK/target/classes:$(cat "$STACK/target/classpath.txt")"
}

# Builds local-stack alone when its jar is missing or older than its sources or pom (the jar is
# rewritten by every build that changes something; classpath.txt only when the classpath changes).
ensure_stack_built() {
  local jar="$STACK/target/local-stack-1.0.0-SNAPSHOT.jar"
  if [[ ! -f "$jar" || ! -f "$STACK/target/classpath.txt" ||
        -n "$(find "$STACK/src/main" "$STACK/pom.xml" "$ROOT/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
    echo "build: local-stack"
    (cd "$ROOT" && ./mvnw -q -f local-stack/pom.xml package -DskipTests) || die "building local-stack failed (see above)"
  fi
}

# How a packaged service runs (make up, make bench; system-tests' ServiceProcess does the same):
# java @scripts/service-jvm.options [@scripts/service-jvm-25.options] [AOT cache or AppCDS archive]
# $SERVICE_JAVA_OPTS -jar quarkus-run.jar, from the module's target/quarkus-app (the archive and the cache
# record the jars by that relative path), with glibc's malloc held to 2 arenas (MALLOC_ARENA_MAX).
# SERVICE_JVM_OPTIONS names another options file; SERVICE_JVM_OPTIONS_25 the one added on Java 25 and later.
SERVICE_JVM_OPTIONS="${SERVICE_JVM_OPTIONS:-$ROOT/scripts/service-jvm.options}"
SERVICE_JVM_OPTIONS_25="${SERVICE_JVM_OPTIONS_25:-$ROOT/scripts/service-jvm-25.options}"

# aot_cache_current <quarkus-app>: whether its app.aot is younger than every other file there. Temurin 25.0.3 does
# not check the jars an AOT cache was made from (JDK-8377932, fixed in 25.0.4): a cache left from an older build would
# serve that build's classes. The package step writes the cache after the jars, and training moves its cache in
# later still, so a rebuilt jar without a new cache shows as a newer file.
aot_cache_current() {
  [[ -z "$(find "$1" -type f ! -name '*.aot' ! -name '*.aot.config' -newer "$1/app.aot" -print -quit)" ]] && return 0
  echo "$1/app.aot is older than the jars beside it: not used (make aot-train, or a build, writes a new one)" >&2
  return 1
}

# service_command <module> <component> [quarkus-app]: sets the array SERVICE_CMD to the command that starts it, from the
# module's target/quarkus-app or the copy named (bench/jdks.sh keeps one per JDK); AOT_RECORD=<file>: recording an AOT
# cache into that file instead of using one, on Java 25.
service_command() {
  local app="${3:-$ROOT/$1/target/quarkus-app}"
  [[ -f "$SERVICE_JVM_OPTIONS" ]] || die "$SERVICE_JVM_OPTIONS is missing (SERVICE_JVM_OPTIONS)"
  SERVICE_CMD=(env -C "$app" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" java "$(component_flag "$2")" "@$SERVICE_JVM_OPTIONS")
  local java25=""
  (($(java_feature) >= 25)) && java25=1
  [[ -n "$java25" && -f "$SERVICE_JVM_OPTIONS_25" ]] && SERVICE_CMD+=("@$SERVICE_JVM_OPTIONS_25")
  if [[ -n "$java25" && -n "${AOT_RECORD:-}" ]]; then
    # a training run (scripts/aot-train.sh): records what runs and writes that cache when the JVM exits
    SERVICE_CMD+=("-XX:AOTCacheOutput=$AOT_RECORD")
  elif [[ -n "$java25" && -f "$app/app.aot" ]] && aot_cache_current "$app"; then
    # a build on Java 25 writes the AOT cache (service-parent/pom.xml), make aot-train replaces it with one trained
    # by the demo load; one made by another JDK build or with other flags is not used: the JVM says why and starts
    # without it (-XX:AOTMode=auto)
    SERVICE_CMD+=(-XX:AOTCache=app.aot)
  elif [[ -f "$app/app-cds.jsa" ]]; then
    # a build on Java 17 writes the AppCDS archive instead (quarkus.package.jar.appcds.enabled); the JVM
    # refuses, with a warning, an archive of another JDK or whose jars changed
    SERVICE_CMD+=(-XX:SharedArchiveFile=app-cds.jsa)
  fi
  local extra=()
  read -r -a extra <<<"${SERVICE_JAVA_OPTS:-}"
  SERVICE_CMD+=(${extra[@]+"${extra[@]}"} -jar quarkus-run.jar)
}

# Every process we start carries -Dkeyprojects.component=<name>: a pid file is trusted only while
# its process still carries that mark (pids get reused).
component_flag() {
  echo "-Dkeyprojects.component=$1"
}

pid_file() {
  echo "$PIDS/$1.pid"
}

# Prints the pid of component $1 and succeeds if it is running; fails otherwise.
running_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  ps -ww -o args= -p "$pid" 2>/dev/null | grep -qF -- "$(component_flag "$1")" || return 1
  echo "$pid"
}

# Starts "$@" in the background as component $1 with its output in log $2; records the pid.
start_background() {
  local name="$1" log="$2"
  shift 2
  mkdir -p "$PIDS" "$LOGS"
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  nohup "$@" >"$log" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
}

port_open() { # port [host]
  (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null
}

http_status() { # url -> HTTP status, 000 when nothing answers
  curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true
}

log_tail() { # file.log: its last lines, and those of file.out (a JVM's console) when there is one
  local file
  for file in "$1" "${1%.log}.out"; do
    [[ -f "$file" ]] || continue
    echo "---- last lines of $file ----" >&2
    tail -n 40 "$file" >&2 || true
  done
  echo "----" >&2
}
