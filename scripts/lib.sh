# Helpers shared by start.sh, test.sh and bench.sh.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/compliance}"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"

log() { printf '\033[1m[%s]\033[0m %s\n' "$(basename "$0" .sh)" "$*"; }

# Installs npm packages when node_modules is missing or older than the lockfile.
ensure_node_modules() {
  if [ ! -d "$ROOT/node_modules" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    # npm install, not npm ci: npm 11 leaves other platforms' optional packages (turbo's binaries) out of the lockfile
    # and npm ci then refuses it; with the lockfile present, npm install still installs exactly the locked versions.
    log "installing npm packages"
    (cd "$ROOT" && npm install --no-audit --no-fund)
  fi
}

postgres_ready() {
  node -e '
    const { Client } = require("pg");
    const url = new URL(process.env.DATABASE_URL); url.pathname = "/postgres";
    const c = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 2000 });
    c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));' 2>/dev/null
}

# Uses the PostgreSQL server that DATABASE_URL names; starts the local cluster when it is down.
ensure_postgres() {
  if postgres_ready; then return 0; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    log "starting the local PostgreSQL cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start || true
  fi
  for _ in $(seq 1 30); do postgres_ready && return 0; sleep 1; done
  echo "PostgreSQL is not reachable at $DATABASE_URL" >&2
  return 1
}

ensure_database() {
  node -e 'require("@compliance/postgres").ensureDatabase(process.env.DATABASE_URL).catch((e) => { console.error(e); process.exit(1); })'
}

ensure_kafka() {
  if [ "$KAFKA_BROKERS" = "127.0.0.1:9092" ]; then
    bash "$ROOT/infra/kafka/start.sh"
  else
    log "using the Kafka brokers at $KAFKA_BROKERS"
  fi
}

# Debian's docker-compose checks docker-compose.yml offline (no Docker engine runs here).
ensure_docker_compose() {
  command -v docker-compose >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing docker-compose (Debian) to check docker-compose.yml"
    (apt-get install -y -q docker-compose >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q docker-compose >/dev/null; })
  fi
  command -v docker-compose >/dev/null 2>&1 || { echo "docker-compose is not available to check docker-compose.yml" >&2; return 1; }
}
