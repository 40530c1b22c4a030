#!/usr/bin/env bash
# Starts (or reuses) a local PostgreSQL cluster from the installed server binaries, for running the
# service and the tests on a machine without Docker. Source it, then call ensure_local_postgres; it
# exports ConnectionStrings__Traffic. Settings: PGPORT_TRAFFIC (default 5433), TRAFFIC_DB (traffic),
# TRAFFIC_PGDATA (default .local/pgdata in the repository, or a folder under /var/tmp when the
# repository is not reachable by the postgres user).

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

find_pg_bin() {
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/psql" ] && { echo "$candidate"; return 0; }
  done
  if command -v pg_ctl >/dev/null 2>&1; then
    candidate=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
    [ -x "$candidate/psql" ] && { echo "$candidate"; return 0; }
  fi
  return 1
}

install_postgres() {
  echo "PostgreSQL server binaries not found; installing with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq postgresql >&2
}

# Runs a command as the cluster owner: postgres refuses to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_local_postgres() {
  local root port db data bin log
  root=$(repo_root)
  port=${PGPORT_TRAFFIC:-5433}
  db=${TRAFFIC_DB:-traffic}

  bin=$(find_pg_bin) || { install_postgres; bin=$(find_pg_bin) || { echo "no PostgreSQL binaries" >&2; return 1; }; }

  data=${TRAFFIC_PGDATA:-$root/.local/pgdata}
  if [ "$(id -u)" -eq 0 ] && [ -z "${TRAFFIC_PGDATA:-}" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    mkdir -p "$root/.local"
    # The postgres user must reach the data folder; a private checkout (mktemp) may not allow it.
    if ! runuser -u postgres -- test -x "$root/.local" 2>/dev/null; then
      data=/var/tmp/trafficcqrs-pg-$port
    fi
  fi

  mkdir -p "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres "$data" && chmod 700 "$data"
  log="$data/../trafficcqrs-pg-$port.log"
  [ "$(id -u)" -eq 0 ] && { touch "$log"; chown postgres "$log"; }

  if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$data" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi

  if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 start \
      -o "-p $port -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200 -c shared_buffers=256MB" >/dev/null \
      || { cat "$log" >&2; return 1; }
  fi

  if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
    "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
  fi

  export ConnectionStrings__Traffic="Host=127.0.0.1;Port=$port;Database=$db;Username=postgres;No Reset On Close=true;Max Auto Prepare=50;Auto Prepare Min Usages=2"
  echo "PostgreSQL on 127.0.0.1:$port, database $db (data in $data)" >&2
}

stop_local_postgres() {
  local root port data bin
  root=$(repo_root); port=${PGPORT_TRAFFIC:-5433}; bin=$(find_pg_bin) || return 0
  for data in "${TRAFFIC_PGDATA:-$root/.local/pgdata}" "/var/tmp/trafficcqrs-pg-$port"; do
    [ -f "$data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null
  done
  return 0
}
