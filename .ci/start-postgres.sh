#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free local port and prints its URL on the last line.
# Needs Debian's postgresql package; runs the server as the `postgres` user when invoked as root.
#   PG_PORT      port to use (default: the first free one from 55432 up; an explicit port must be free)
#   PG_DIR_FILE  file that records the cluster's directory for .ci/stop-postgres.sh
#                (default /tmp/remote-connect-pg.dir)
# Stop it with: .ci/stop-postgres.sh   (or .ci/stop-postgres.sh <dir>)
# Safe to run concurrently: a port another cluster grabbed first is detected and the next one tried.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -n "${PG_PORT:-}" ]; then
  if in_use "$PG_PORT"; then echo "Port $PG_PORT is already in use (PG_PORT); choose another one" >&2; exit 1; fi
  FIRST=$PG_PORT LAST=$PG_PORT
else
  FIRST=55432 LAST=55531
fi

RECORD=$(realpath -m "${PG_DIR_FILE:-/tmp/remote-connect-pg.dir}")
DIR=$(mktemp -d /tmp/remote-connect-pg.XXXXXX)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; RUN_AS=(runuser -u postgres --); fi
# Run the server tools from a directory the postgres user may enter.
cd "$DIR"
fail() {
  echo "$1" >&2
  [ -f "$DIR/log" ] && { echo "--- server log:" >&2; tail -20 "$DIR/log" >&2; }
  rm -rf "$DIR"
  exit 1
}
"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null 2>"$DIR/initdb.log" ||
  fail "initdb failed: $(cat "$DIR/initdb.log")"

PORT=""
for ((p = FIRST; p <= LAST; p++)); do
  in_use "$p" && continue
  if "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 30 start \
    -o "-p $p -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" >/dev/null 2>&1; then
    # Another cluster may have bound the port between the check and our start: make sure the
    # server answering on TCP is ours.
    owner=$("$PGBIN/psql" -h 127.0.0.1 -p "$p" -U postgres -d postgres -Atc "SHOW data_directory" 2>/dev/null || true)
    if [ "$owner" = "$DIR/data" ]; then PORT=$p; break; fi
    "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
done
[ -n "$PORT" ] || fail "Could not start PostgreSQL on a free port between $FIRST and $LAST"

"$PGBIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE USER app WITH PASSWORD 'app' CREATEDB" -c "CREATE DATABASE remote_connect_test OWNER app" >/dev/null ||
  { "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; fail "Could not create the test database"; }
echo "$DIR" > "$RECORD"
echo "postgresql://app:app@127.0.0.1:$PORT/remote_connect_test"
