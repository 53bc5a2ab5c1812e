#!/usr/bin/env bash
# `npm test`: brings up real PostgreSQL and Kafka, then runs every check and test through turbo.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
start=$(date +%s)

ensure_node_modules
ensure_postgres
ensure_kafka
npx turbo run build --output-logs=errors-only
ensure_database

log "static checks: compose file, format, architecture, types, lint"
ensure_docker_compose && docker-compose config -q
npx prettier --check . --log-level warn
npm run --silent arch
npx turbo run typecheck lint --output-logs=errors-only

log "unit tests"
npx turbo run test:unit --output-logs=new-only
# Integration and end-to-end suites share one broker and one server: run them one package at a time.
log "integration tests (real PostgreSQL and Kafka)"
npx turbo run test:int --concurrency=1 --output-logs=new-only
log "end-to-end tests (through the gateway)"
npx turbo run test:e2e --concurrency=1 --output-logs=new-only

log "all tests passed in $(( $(date +%s) - start )) s"
