#!/usr/bin/env bash
# Stops a cluster started by .ci/start-postgres.sh and deletes its directory.
# Usage: .ci/stop-postgres.sh [dir]   (default: the directory recorded in PG_DIR_FILE,
#                                      /tmp/remote-connect-pg.dir unless set)
set -euo pipefail
RECORD=${PG_DIR_FILE:-/tmp/remote-connect-pg.dir}
DIR=${1:-$(cat "$RECORD" 2>/dev/null || true)}
case "$DIR" in
  /tmp/remote-connect-pg.*) ;;
  "") echo "No cluster recorded in $RECORD; nothing to stop" >&2; exit 0 ;;
  *) echo "Refusing to stop/delete $DIR: not a directory made by .ci/start-postgres.sh" >&2; exit 1 ;;
esac
cd /tmp # the server tools run as postgres, which may not enter the caller's directory
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
RUN_AS=()
if [ "$(id -u)" = 0 ]; then RUN_AS=(runuser -u postgres --); fi
if [ -f "$DIR/data/postmaster.pid" ]; then
  "${RUN_AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null || echo "pg_ctl stop failed for $DIR" >&2
fi
rm -rf "$DIR"
if [ "$(cat "$RECORD" 2>/dev/null || true)" = "$DIR" ]; then rm -f "$RECORD"; fi
echo "PostgreSQL cluster in $DIR stopped and removed"
