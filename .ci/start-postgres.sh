#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free local port and prints its URL on the last line.
# Needs Debian's postgresql package; runs the server as the `postgres` user when invoked as root.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
PORT=${PG_PORT:-55432}
DIR=$(mktemp -d /tmp/remote-connect-pg.XXXXXX)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; RUN_AS=(runuser -u postgres --); fi
"${RUN_AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
"${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" -l "$DIR/log" -w start >/dev/null
"$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE USER app WITH PASSWORD 'app' CREATEDB" -c "CREATE DATABASE remote_connect_test OWNER app" >/dev/null
echo "$DIR" > /tmp/remote-connect-pg.dir
echo "postgresql://app:app@127.0.0.1:$PORT/remote_connect_test"
