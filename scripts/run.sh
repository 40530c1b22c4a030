#!/usr/bin/env bash
# Starts the service with its database on http://localhost:5080 (Swagger UI at /swagger).
#  - ConnectionStrings__Traffic set: uses that database.
#  - otherwise, where a Docker engine answers: docker compose up (PostgreSQL and the API).
#  - otherwise: a local PostgreSQL cluster from the installed binaries, in .local/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

if [ -z "${ConnectionStrings__Traffic:-}" ] && docker info >/dev/null 2>&1; then
  exec docker compose up --build
fi

if [ -z "${ConnectionStrings__Traffic:-}" ]; then
  ensure_local_postgres
fi

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
exec dotnet run --project src/Api --configuration Release -- --urls "${ASPNETCORE_URLS:-http://localhost:5080}" "$@"
