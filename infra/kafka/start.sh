#!/usr/bin/env bash
# Starts a single-node KRaft Kafka broker on 127.0.0.1:9092 from Maven Central jars (no Docker),
# or reuses one that already answers there. Idempotent; waits until the broker is serving.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if kafka_port_open; then
  echo "kafka: reusing the broker already listening on $KAFKA_HOST:$KAFKA_PORT"
  exit 0
fi

if [ ! -f "$KAFKA_LIBS/kafka_2.13-3.9.1.jar" ]; then
  echo "kafka: fetching broker jars from Maven Central"
  (cd "$KAFKA_HOME_DIR" && mvn -q -B dependency:copy-dependencies)
fi

mkdir -p "$KAFKA_DATA_DIR/logs" "$KAFKA_DATA_DIR/data"
CP="$KAFKA_LIBS/*"
JAVA_OPTS=(-Xms256m -Xmx768m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$KAFKA_HOME_DIR/log4j.properties" "-Dkafka.logs.dir=$KAFKA_DATA_DIR/logs")

RUNTIME_CONFIG="$KAFKA_DATA_DIR/server.properties"
{
  sed -e "s/:9092/:$KAFKA_PORT/g" -e "s/:9093/:$KAFKA_CONTROLLER_PORT/g" "$KAFKA_HOME_DIR/server.properties"
  echo "log.dirs=$KAFKA_DATA_DIR/data"
} > "$RUNTIME_CONFIG"

if [ ! -f "$KAFKA_DATA_DIR/data/meta.properties" ]; then
  CLUSTER_ID=$(java -cp "$CP" "${JAVA_OPTS[@]}" kafka.tools.StorageTool random-uuid)
  java -cp "$CP" "${JAVA_OPTS[@]}" kafka.tools.StorageTool format -t "$CLUSTER_ID" \
    -c "$RUNTIME_CONFIG" >/dev/null
  echo "kafka: formatted KRaft storage (cluster $CLUSTER_ID)"
fi

LOG_START_LINE=$(wc -l < "$KAFKA_DATA_DIR/logs/server.log" 2>/dev/null || echo 0)
nohup java -cp "$CP" "${JAVA_OPTS[@]}" kafka.Kafka "$RUNTIME_CONFIG" > "$KAFKA_DATA_DIR/logs/stdout.log" 2>&1 &
echo $! > "$KAFKA_PID_FILE"
echo "kafka: started pid $(cat "$KAFKA_PID_FILE"), waiting for it to serve"

for _ in $(seq 1 120); do
  if ! kill -0 "$(cat "$KAFKA_PID_FILE")" 2>/dev/null; then
    echo "kafka: the broker exited; see $KAFKA_DATA_DIR/logs" >&2
    tail -n 30 "$KAFKA_DATA_DIR/logs/stdout.log" >&2 || true
    exit 1
  fi
  if kafka_port_open && tail -n +"$((LOG_START_LINE + 1))" "$KAFKA_DATA_DIR/logs/server.log" 2>/dev/null | grep -q "Kafka Server started"; then
    echo "kafka: ready on $KAFKA_HOST:$KAFKA_PORT"
    exit 0
  fi
  sleep 0.5
done
echo "kafka: not ready after 60 s; see $KAFKA_DATA_DIR/logs" >&2
exit 1
