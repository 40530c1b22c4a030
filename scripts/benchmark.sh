#!/usr/bin/env bash
# The benchmark: the HTTP API against plain PostgreSQL (pgbench), on this machine, in one run.
# Options pass through: --duration 10 --clients 1,4,16,64 --trace-events 1000000 --port 5090
# --start-runs 5 only times five starts of the API (and prints the medians).
# It uses a fresh database traffic_bench on the local cluster, or the database named in
# ConnectionStrings__Traffic when that is set (dropped and created again).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

if [ -z "${ConnectionStrings__Traffic:-}" ]; then
  TRAFFIC_DB=traffic_bench ensure_local_postgres
fi
bin=$(find_pg_bin)
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$ConnectionStrings__Traffic")
db=$(sed -E 's/.*Database=([^;]+).*/\1/' <<<"$ConnectionStrings__Traffic")
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "drop database if exists $db" -c "create database $db" postgres >/dev/null

# The API runs as in production: the Production environment (schema applied beforehand, a real
# signing key, tokens signed by the caller), published for linux-x64 with ReadyToRun code, and
# handler code generated beforehand (codegen write) and loaded statically, so nothing is compiled
# at start. The generated files exist only for this build.
trap 'rm -rf src/Api/Internal/Generated' EXIT
published=src/Api/bin/Release/benchmark
dotnet build src/Api -c Release -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Development dotnet run --no-build --project src/Api -c Release -- codegen write >/dev/null
rm -rf "$published"
dotnet publish src/Api -c Release -r linux-x64 --self-contained false -o "$published" -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production dotnet "$published/TrafficCqrs.Api.dll" db-apply >/dev/null
export Wolverine__TypeLoadMode=Static
# The runtime settings the production image sets in its environment (Dockerfile ENV DOTNET_*).
while read -r setting; do export "$setting"; done < <(sed -nE 's/^ENV (DOTNET_[A-Za-z0-9_]+=[^ ]+)$/\1/p' Dockerfile)
dotnet build benchmarks/Benchmarks -c Release -v q -nologo >/dev/null
dotnet benchmarks/Benchmarks/bin/Release/net10.0/TrafficCqrs.Benchmarks.dll \
  --api-dll "$published/TrafficCqrs.Api.dll" --environment Production --pg-bin "$bin" "$@"
