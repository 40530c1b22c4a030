#!/usr/bin/env bash
# The fault suite: SIGKILL of the API and a PostgreSQL restart under load, racing writers; prints
# what was sent, acknowledged, found, lost and duplicated. `--short` is the CI version.
# It restarts the PostgreSQL it runs against: by default a cluster of its own on port 5434.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

if [ -z "${ConnectionStrings__Traffic:-}" ]; then
  PGPORT_TRAFFIC=${PGPORT_FAULTS:-5434} TRAFFIC_PGDATA=${TRAFFIC_PGDATA_FAULTS:-/var/tmp/trafficcqrs-faults-pg} \
    TRAFFIC_DB=traffic_faults ensure_local_postgres
fi

dotnet build src/Api -c Release -v q -nologo >/dev/null
dotnet build benchmarks/Benchmarks -c Release -v q -nologo >/dev/null
dotnet benchmarks/Benchmarks/bin/Release/net10.0/TrafficCqrs.Benchmarks.dll faults \
  --api-dll src/Api/bin/Release/net10.0/TrafficCqrs.Api.dll --pg-bin "$(find_pg_bin)" --port 5091 "$@"
