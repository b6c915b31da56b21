#!/usr/bin/env bash
# Starts a PostgreSQL server from Debian's packages for the tests of the shared state, and prints
# a URL the tests may use (its role may create databases: each test makes and drops its own).
# Idempotent and quiet: run it again and it finds everything in place. Needs root (CI is).
set -euo pipefail
# Only the URL may reach stdout, which the caller captures: every other command's output goes to stderr
# (pg_ctlcluster prints notes such as "Removed stale pid file." on stdout, which once became part of
# TEST_DATABASE_URL). Redirected per command, not with exec: a server started here must not inherit
# the caller's pipe, or the caller's $(...) would wait for the server to exit.
ROLE=modelbot_test
PASSWORD=modelbot_test_password

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q "^$VERSION main "; then
  pg_createcluster "$VERSION" main >&2
fi
if ! pg_lsclusters -h | grep -q "^$VERSION main .* online"; then
  # A machine image saved with the server running leaves lock files whose process is gone; the server
  # refuses to start while its socket's lock file names a PID, live or not. Remove only dead ones.
  # A process that was just killed may hold its lock a moment longer, hence a few tries.
  for attempt in 1 2 3; do
    for lock in /var/run/postgresql/.s.PGSQL.*.lock; do
      [ -e "$lock" ] || continue
      pid=$(head -1 "$lock")
      if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then rm -f "$lock"; fi
    done
    if pg_ctlcluster "$VERSION" main start >&2; then break; fi
    [ "$attempt" -lt 3 ] || { echo "PostgreSQL did not start (see above)" >&2; exit 1; }
    sleep 2
  done
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $3 }')
psql_admin() { su postgres -c "psql -p $PORT -qtAX -c \"$1\""; }
for _ in $(seq 1 30); do psql_admin "select 1" >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_admin "select 1 from pg_roles where rolname = '$ROLE'")" != "1" ]; then
  psql_admin "create role $ROLE login createdb password '$PASSWORD'" >/dev/null
fi
if [ "$(psql_admin "select 1 from pg_database where datname = '$ROLE'")" != "1" ]; then
  psql_admin "create database $ROLE owner $ROLE" >/dev/null
fi
echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$ROLE"
