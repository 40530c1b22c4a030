#!/usr/bin/env bash
# Runs every test. Uses ConnectionStrings__Traffic when set; otherwise starts a local PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

if [ -z "${ConnectionStrings__Traffic:-}" ]; then
  TRAFFIC_DB=${TRAFFIC_DB:-traffic_tests} ensure_local_postgres
fi

dotnet test TrafficCqrs.sln --configuration Release "$@"
