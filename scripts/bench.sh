#!/usr/bin/env bash
# `npm run bench`: every workspace's benchmark, one at a time (they share 2 cores), against real PostgreSQL and Kafka.
# Each benchmark prints its figures beside a baseline measured in the same run; the ratio is the figure to watch.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
ensure_node_modules
ensure_postgres
ensure_kafka
npx turbo run build --output-logs=errors-only
ensure_database
npx turbo run bench --concurrency=1 --output-logs=full
