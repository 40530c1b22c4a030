#!/usr/bin/env bash
# Two builds of the API, run one after the other under the same load generator, several rounds:
# on a shared machine only such pairs tell a change from the machine's own drift.
#   bash scripts/benchmark-compare.sh OLD_REV [NEW_REV] [--rounds N] [benchmark options]
# NEW_REV defaults to the working tree. Benchmark options default to
# --duration 10 --clients 4,16 --trace-events 0. Uses the local cluster, or ConnectionStrings__Traffic.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh

old=${1:?usage: benchmark-compare.sh OLD_REV [NEW_REV] [--rounds N] [benchmark options]}
shift
new=""
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then new=$1; shift; fi
rounds=2
if [ "${1:-}" = "--rounds" ]; then rounds=$2; shift 2; fi
options=("$@")
[ ${#options[@]} -eq 0 ] && options=(--duration 10 --clients 4,16 --trace-events 0)

if [ -z "${ConnectionStrings__Traffic:-}" ]; then
  TRAFFIC_DB=traffic_bench ensure_local_postgres
fi
bin=$(find_pg_bin)
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$ConnectionStrings__Traffic")
db=$(sed -E 's/.*Database=([^;]+).*/\1/' <<<"$ConnectionStrings__Traffic")
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# Publishes the API of a revision (or of the working tree) as benchmark.sh does.
publish() {
  local rev=$1 target=$2 tree=.
  if [ -n "$rev" ]; then
    git worktree add -q --detach "$work/tree" "$rev"
    tree="$work/tree"
  fi
  (
    cd "$tree"
    dotnet build src/Api -c Release -v q -nologo >/dev/null
    ASPNETCORE_ENVIRONMENT=Development dotnet run --no-build --project src/Api -c Release -- codegen write >/dev/null
    dotnet publish src/Api -c Release -r linux-x64 --self-contained false -o "$target" -v q -nologo >/dev/null
    rm -rf src/Api/Internal/Generated
  )
  if [ -n "$rev" ]; then git worktree remove --force "$work/tree"; fi
}

echo "publishing $old and ${new:-the working tree}"
publish "$old" "$work/old"
publish "$new" "$work/new"
dotnet build benchmarks/Benchmarks -c Release -v q -nologo >/dev/null

export Wolverine__TypeLoadMode=Static
while read -r setting; do export "$setting"; done < <(sed -nE 's/^ENV (DOTNET_[A-Za-z0-9_]+=[^ ]+)$/\1/p' Dockerfile)
for round in $(seq 1 "$rounds"); do
  for variant in old new; do
    "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "drop database if exists $db" -c "create database $db" postgres >/dev/null
    ASPNETCORE_ENVIRONMENT=Production dotnet "$work/$variant/TrafficCqrs.Api.dll" db-apply >/dev/null
    echo "=== round $round, $variant ($([ $variant = old ] && echo "$old" || echo "${new:-working tree}")), $(date +%T)"
    dotnet benchmarks/Benchmarks/bin/Release/net10.0/TrafficCqrs.Benchmarks.dll \
      --api-dll "$work/$variant/TrafficCqrs.Api.dll" --environment Production --pg-bin "$bin" "${options[@]}" \
      | grep -E '^\| (open|accept)|start →|memory'
  done
done
