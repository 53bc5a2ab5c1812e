#!/usr/bin/env bash
# `npm start`: installs what is missing, starts PostgreSQL and Kafka when they are not running, builds,
# starts every service (each migrates its own schema on start) and the gateway, and prints how to use it.
# Ctrl-C stops everything it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

kafka_was_running=false
(exec 3<>/dev/tcp/127.0.0.1/9092) 2>/dev/null && kafka_was_running=true

ensure_node_modules
ensure_postgres
ensure_kafka
log "building"
npx turbo run build --output-logs=errors-only
ensure_database

mkdir -p .data
if [ -z "${ADMIN_API_KEY:-}" ]; then
  [ -s .data/admin-api-key ] || node -e 'process.stdout.write("ak_admin_" + require("crypto").randomBytes(24).toString("base64url"))' > .data/admin-api-key
  ADMIN_API_KEY="$(cat .data/admin-api-key)"
fi
export ADMIN_API_KEY
export GATEWAY_PORT="${GATEWAY_PORT:-3000}"

pids=()
stop_all() {
  trap - INT TERM EXIT
  log "stopping"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$kafka_was_running" = false ] && [ "$KAFKA_BROKERS" = "127.0.0.1:9092" ]; then bash infra/kafka/stop.sh; fi
  exit 0
}
trap stop_all INT TERM EXIT

# Services first, the gateway last, so its first requests find someone listening.
for app in $(ls apps | grep -v '^gateway$') gateway; do
  if [ -f "apps/$app/dist/main.js" ]; then
    log "starting $app"
    node "apps/$app/dist/main.js" > >(sed -u "s/^/[$app] /") 2>&1 &
    pids+=($!)
  fi
done

url="http://127.0.0.1:$GATEWAY_PORT"
for _ in $(seq 1 120); do
  curl -fsS "$url/health" >/dev/null 2>&1 && break
  sleep 0.5
done

cat <<MSG

  Gateway:     $url        (API docs: $url/docs, OpenAPI: $url/docs-json, health: $url/health)
  Admin key:   $ADMIN_API_KEY   (from ADMIN_API_KEY, else kept in .data/admin-api-key)
  Try:         curl -s -X POST $url/v1/admin/accounts -H "Authorization: Bearer $ADMIN_API_KEY" \\
                 -H 'Content-Type: application/json' -d '{"name":"Demo Ltd"}'
               (the answer holds the new account's customer apiKey)
  Stop:        Ctrl-C

MSG
wait -n "${pids[@]}" || true
log "a process exited; stopping the rest"
stop_all
