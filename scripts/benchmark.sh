#!/usr/bin/env bash
# The benchmark: the HTTP API against plain PostgreSQL (pgbench), on this machine, in one run.
# Options pass through: --duration 10 --clients 1,4,16,64 --trace-events 1000000 --port 5090
# --start-runs 5 only times five starts of the API (and prints the medians).
# A first argument `floor` only replays an opening's and an append's statements in pgbench (the database alone).
# It uses a fresh database traffic_bench on the local cluster, or the database named in
# ConnectionStrings__Traffic when that is set (dropped and created again).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/production-build.sh

if [ -z "${ConnectionStrings__Traffic:-}" ]; then
  TRAFFIC_DB=traffic_bench ensure_local_postgres
fi
bin=$(find_pg_bin)

# The API runs as in production (scripts/production-build.sh): the Production environment (schema
# applied beforehand, a real signing key, tokens signed by the caller), the published build, the
# image's runtime settings.
trap 'rm -rf src/Api/Internal/Generated' EXIT
published=src/Api/bin/Release/benchmark
publish_as_production "$published"
fresh_database "$bin" "$published"
export_production_runtime
dotnet build benchmarks/Benchmarks -c Release -v q -nologo >/dev/null
mode=()
if [ "${1:-}" = floor ]; then mode=(floor); shift; fi
dotnet benchmarks/Benchmarks/bin/Release/net10.0/TrafficCqrs.Benchmarks.dll "${mode[@]}" \
  --api-dll "$published/TrafficCqrs.Api.dll" --environment Production --pg-bin "$bin" "$@"
