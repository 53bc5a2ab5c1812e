# Shared paths for the Kafka scripts. KAFKA_DATA_DIR overrides where the broker keeps its data.
KAFKA_HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$KAFKA_HOME_DIR/../.." && pwd)"
KAFKA_LIBS="$KAFKA_HOME_DIR/target/libs"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$REPO_ROOT/.data/kafka}"
KAFKA_PID_FILE="$KAFKA_DATA_DIR/kafka.pid"
KAFKA_HOST=127.0.0.1
# Another port and data dir give a second, dedicated broker (the Kafka-outage tests start and stop one).
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"

kafka_port_open() {
  (exec 3<>"/dev/tcp/$KAFKA_HOST/$KAFKA_PORT") 2>/dev/null
}
