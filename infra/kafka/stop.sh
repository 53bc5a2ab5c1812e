#!/usr/bin/env bash
# Stops the broker started by start.sh (SIGTERM, then SIGKILL after 30 s).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [ ! -f "$KAFKA_PID_FILE" ]; then
  echo "kafka: no pid file; nothing of ours is running"
  exit 0
fi
PID=$(cat "$KAFKA_PID_FILE")
if kill -0 "$PID" 2>/dev/null; then
  kill "$PID"
  for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
  echo "kafka: stopped pid $PID"
fi
rm -f "$KAFKA_PID_FILE"
