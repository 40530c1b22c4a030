# The API as production runs it, for the benchmarks (sourced by benchmark.sh and
# benchmark-compare.sh): published for linux-x64 with ReadyToRun code and with handler code
# generated beforehand (codegen write) and loaded statically, so nothing is compiled at start; the
# runtime settings of the production image; a fresh database with the schema applied (db-apply).
# Needs ConnectionStrings__Traffic (codegen reads the store's options).

# Publishes the API of the tree in the current folder to $1.
publish_as_production() {
  local target=$1
  dotnet build src/Api -c Release -v q -nologo >/dev/null
  ASPNETCORE_ENVIRONMENT=Development dotnet run --no-build --project src/Api -c Release -- codegen write >/dev/null
  rm -rf "$target"
  dotnet publish src/Api -c Release -r linux-x64 --self-contained false -o "$target" -v q -nologo >/dev/null
  # The generated files exist only for this build.
  rm -rf src/Api/Internal/Generated
}

# Exports what the production image sets: static handler code and the Dockerfile's ENV DOTNET_*.
export_production_runtime() {
  export Wolverine__TypeLoadMode=Static
  local setting
  while read -r setting; do export "$setting"; done < <(sed -nE 's/^ENV (DOTNET_[A-Za-z0-9_]+=[^ ]+)$/\1/p' Dockerfile)
}

# Drops and creates the database of ConnectionStrings__Traffic, then applies the schema with the
# published API in $2 ($1: PostgreSQL's bin folder).
fresh_database() {
  local bin=$1 api=$2 port db
  port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$ConnectionStrings__Traffic")
  db=$(sed -E 's/.*Database=([^;]+).*/\1/' <<<"$ConnectionStrings__Traffic")
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "drop database if exists $db" -c "create database $db" postgres >/dev/null
  ASPNETCORE_ENVIRONMENT=Production dotnet "$api/TrafficCqrs.Api.dll" db-apply >/dev/null
}
