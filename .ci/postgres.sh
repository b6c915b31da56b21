#!/usr/bin/env bash
# Starts a PostgreSQL server from Debian's packages for the tests of the shared state, and prints
# a URL the tests may use (its role may create databases: each test makes and drops its own).
# Idempotent and quiet: run it again and it finds everything in place. Needs root (CI is).
set -euo pipefail
ROLE=modelbot_test
PASSWORD=modelbot_test_password

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q "^$VERSION main "; then
  pg_createcluster "$VERSION" main >/dev/null
fi
if ! pg_lsclusters -h | grep -q "^$VERSION main .* online"; then
  pg_ctlcluster "$VERSION" main start
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
