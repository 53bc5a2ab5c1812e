# Shared paths for the Kafka scripts. KAFKA_DATA_DIR overrides where the broker keeps its data.
KAFKA_HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$KAFKA_HOME_DIR/../.." && pwd)"
KAFKA_LIBS="$KAFKA_HOME_DIR/target/libs"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$REPO_ROOT/.data/kafka}"
KAFKA_PID_FILE="$KAFKA_DATA_DIR/kafka.pid"
KAFKA_HOST=127.0.0.1
KAFKA_PORT=9092

kafka_port_open() {
  (exec 3<>"/dev/tcp/$KAFKA_HOST/$KAFKA_PORT") 2>/dev/null
}
