#!/usr/bin/env bash
# Two builds of the API, run one after the other under the same load generator, several rounds:
# on a shared machine only such pairs tell a change from the machine's own drift.
#   bash scripts/benchmark-compare.sh OLD_REV [NEW_REV] [--rounds N] [benchmark options]
# NEW_REV defaults to the working tree. Benchmark options default to
# --duration 10 --clients 4,16 --trace-events 0. Uses the local cluster, or ConnectionStrings__Traffic.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/production-build.sh

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
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# Publishes the API of a revision (or of the working tree) as production runs it.
publish() {
  local rev=$1 target=$2
  if [ -z "$rev" ]; then publish_as_production "$target"; return; fi
  git worktree add -q --detach "$work/tree" "$rev"
  (cd "$work/tree" && publish_as_production "$target")
  git worktree remove --force "$work/tree"
}

echo "publishing $old and ${new:-the working tree}"
publish "$old" "$work/old"
publish "$new" "$work/new"
dotnet build benchmarks/Benchmarks -c Release -v q -nologo >/dev/null

export_production_runtime
for round in $(seq 1 "$rounds"); do
  for variant in old new; do
    fresh_database "$bin" "$work/$variant"
    echo "=== round $round, $variant ($([ $variant = old ] && echo "$old" || echo "${new:-working tree}")), $(date +%T)"
    dotnet benchmarks/Benchmarks/bin/Release/net10.0/TrafficCqrs.Benchmarks.dll \
      --api-dll "$work/$variant/TrafficCqrs.Api.dll" --environment Production --pg-bin "$bin" "${options[@]}" \
      | grep -E '^\| (open|accept)|start →|memory'
  done
done
