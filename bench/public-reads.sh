# Sourced by bench/run.sh once its stack runs: the public read path and the dashboard.
#   - GET /public/feed.json and GET /public/projects under wrk: the gateway with its read cache, a second gateway
#     with it switched off (GATEWAY_READ_CACHE=false, same upstreams), and nginx serving the same bytes from files;
#   - GET /api/dashboard at a fixed rate (DASHBOARD_RATE) with each unit's token, through both gateways: p50/p99.
# Uses run.sh's helpers (put, child, bench_java, service_env, service_command, start_background) and its variables.

public_reads() {
  local uncached_port="${BENCH_GATEWAY_UNCACHED_PORT:-18089}" static_port="${BENCH_NGINX_STATIC_PORT:-18091}"
  local uncached="http://127.0.0.1:$uncached_port" static="http://127.0.0.1:$static_port"
  local env_vars=() line
  while IFS= read -r line; do env_vars+=("$line"); done < <(service_env gateway)
  env_vars+=("QUARKUS_HTTP_PORT=$uncached_port" "HTTP_PORT=$uncached_port" "GATEWAY_READ_CACHE=false")
  echo "public: a second gateway without its read cache on $uncached_port"
  SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-}${SERVICE_HEAP:+ -Xmx$SERVICE_HEAP}" service_command gateway bench-gateway-uncached
  start_background bench-gateway-uncached "$LOGS/gateway-uncached.log" env "${env_vars[@]}" "${SERVICE_CMD[@]}"
  local t0=$SECONDS
  until [[ "$(http_status "$uncached/q/health/ready")" == 200 ]]; do
    running_pid bench-gateway-uncached >/dev/null || { log_tail "$LOGS/gateway-uncached.log"; die "the uncached gateway stopped"; }
    ((SECONDS - t0 < 240)) || die "the uncached gateway not ready after 240 s"
    sleep 0.2
  done
  # both gateways build the feed from the same events: wait until the second one has taken them all in (its links
  # name its own address)
  t0=$SECONDS
  until [[ "$(curl -s "$GATEWAY/public/feed.json" | md5sum)" == \
    "$(curl -s "$uncached/public/feed.json" | sed "s#127.0.0.1:$uncached_port#127.0.0.1:${PORT[gateway]}#g" | md5sum)" ]]; do
    ((SECONDS - t0 < REPLAY_TIMEOUT)) || { echo "public: the two gateways' feeds still differ; measuring anyway"; break; }
    sleep 1
  done

  mkdir -p "$RUN/nginx-static/files"
  curl -sf "$GATEWAY/public/feed.json" -o "$RUN/nginx-static/files/feed.json"
  curl -sf "$GATEWAY/public/projects" -o "$RUN/nginx-static/files/projects.json"
  put public.feed.bytes "$(stat -c %s "$RUN/nginx-static/files/feed.json")"
  put public.projects.bytes "$(stat -c %s "$RUN/nginx-static/files/projects.json")"
  sed -e "s#@RUN@#$RUN#g" -e "s#@PORT@#$static_port#g" "$BENCH/conf/nginx-static.conf.template" >"$RUN/nginx-static/nginx.conf"
  nginx -p "$RUN/nginx-static" -c "$RUN/nginx-static/nginx.conf" -g "daemon off; pid $RUN/nginx-static/nginx.pid;" \
    >"$LOGS/nginx-static.out" 2>&1 &
  NGINX_STATIC_PID=$!
  until port_open "$static_port"; do
    kill -0 "$NGINX_STATIC_PID" 2>/dev/null || { cat "$LOGS/nginx-static.out" >&2; die "nginx (files) did not start"; }
    sleep 0.1
  done

  local page key url rps non2xx
  declare -A target=([cached]="$GATEWAY" [uncached]="$uncached" [nginx]="$static")
  for page in feed projects; do
    local path=/public/feed.json
    [[ $page == projects ]] && path=/public/projects
    for key in cached uncached nginx; do
      url="${target[$key]}$path"
      echo "public/$page/$key: warm-up $WARMUP s, then wrk $DURATION s"
      child wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WARMUP"s --timeout 10s "$url" >"$LOGS/wrk-public-$page-$key-warmup.log" 2>&1
      child wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$DURATION"s --timeout 10s --latency "$url" >"$LOGS/wrk-public-$page-$key.log" 2>&1
      rps="$(awk '/Requests\/sec/ {print $2}' "$LOGS/wrk-public-$page-$key.log")"
      non2xx="$(awk '/Non-2xx/ {print $NF}' "$LOGS/wrk-public-$page-$key.log")"
      put "public.$page.$key.rps" "$rps"
      put "public.$page.$key.p50.ms" "$(awk '$1 == "50%" {print $2}' "$LOGS/wrk-public-$page-$key.log")"
      put "public.$page.$key.errors" "$((${non2xx:-0}))"
      echo "public/$page/$key: $rps req/s (non-2xx: ${non2xx:-0})"
    done
  done

  put dashboard.rate "$DASHBOARD_RATE"
  for key in cached uncached; do
    echo "dashboard/$key: fixed rate $DASHBOARD_RATE req/s for $LATENCY_DURATION s"
    bench_java load --name "dashboard.$key" --mode path --path "/api/dashboard?year=2026" --target "${target[$key]}" \
      --rate "$DASHBOARD_RATE" --warmup 5 --duration "$LATENCY_DURATION" --ids "$IDS" --tokens "$TOKENS"
  done
  kill -TERM "$NGINX_STATIC_PID" 2>/dev/null
  NGINX_STATIC_PID=""
}
