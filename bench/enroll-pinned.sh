#!/bin/sh
# Issue 12, item 20: the enrollment benchmarks with PostgreSQL on a core of its own, so the figures
# show the app's own ceiling instead of the app and the database taking turns on two cores. A
# private PostgreSQL cluster (initdb in PINNED_PG_DIR, port PINNED_PG_PORT) is started pinned to
# core 1 (its backends inherit the affinity) and the benchmark process is pinned to core 0 (with its
# HTTP client thread). The JSON lines say which cores the app had (appCores) and the load average.
# Linux only; as root the cluster runs as the `postgres` user, which PostgreSQL requires.
set -eu
DIR=${PINNED_PG_DIR:-/tmp/klasse-pinned-pg}
PORT=${PINNED_PG_PORT:-5499}
APP_CORE=${PINNED_APP_CORE:-0}
PG_CORE=${PINNED_PG_CORE:-1}
BIN=$(pg_config --bindir)
NODE=./node_modules/.bin/node

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi
}

if [ ! -d "$DIR/data" ]; then
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
  as_postgres "$BIN/initdb -D $DIR/data -A trust -U postgres >/dev/null"
fi
as_postgres "taskset -c $PG_CORE $BIN/pg_ctl -D $DIR/data -l $DIR/log -w start -o '-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$DIR -c max_connections=100'" >/dev/null
trap 'as_postgres "$BIN/pg_ctl -D $DIR/data -w stop -m fast" >/dev/null' EXIT

for bench in ${PINNED_BENCHES:-enroll-hot enroll-spread}; do
  BENCH_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres" taskset -c "$APP_CORE" "$NODE" "bench/$bench.ts"
done
