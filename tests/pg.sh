#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests and the benchmark, with Debian's
# `postgresql` package (apt-get install -y postgresql). The pytest fixture in
# tests/store_fixtures.py does the same by itself; this script is for running
# bench/bench_store.py or a manual session against PostgreSQL.
#
#   url=$(tests/pg.sh start /tmp/motions-pg)    # prints a SQLAlchemy URL
#   MOTIONS_TEST_PG_URL=$url .venv/bin/python -m pytest -q tests/test_store_basics.py
#   .venv/bin/python bench/bench_store.py --db "$url"
#   tests/pg.sh stop /tmp/motions-pg
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL saknas: apt-get install -y postgresql" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
start)
  port=${PGPORT_TEST:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
  mkdir -p "$dir"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale C.UTF-8 >/dev/null
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  ;;
stop)
  as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
