#!/usr/bin/env bash
# Two API processes on one database: both serve commands, statistics are counted once, and the
# projections move to the surviving node when the other is killed. Uses its own database.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

if [ -z "${ConnectionStrings__Traffic:-}" ]; then
  TRAFFIC_DB=traffic_nodes ensure_local_postgres
fi

dotnet build src/Api -c Release -v q -nologo >/dev/null
dotnet build benchmarks/Benchmarks -c Release -v q -nologo >/dev/null
dotnet benchmarks/Benchmarks/bin/Release/net10.0/TrafficCqrs.Benchmarks.dll nodes \
  --api-dll src/Api/bin/Release/net10.0/TrafficCqrs.Api.dll --pg-bin "$(find_pg_bin)" --port 5093 "$@"
