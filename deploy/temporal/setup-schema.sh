#!/bin/sh
# One-shot (compose service `temporal-schema`, image temporalio/admin-tools):
# creates or upgrades Temporal's schema in the `temporal` and
# `temporal_visibility` databases. Both databases and their owner role are made
# by deploy/postgres/initdb/10-roles-and-databases.sh. Safe to run on every
# start: setup-schema only adds the version tables when they are missing, and
# update-schema applies only the versions not applied yet, so a newer
# temporalio/server image finds its schema upgraded.
# Connection from the environment: SQL_PLUGIN, SQL_HOST, SQL_PORT, SQL_USER,
# SQL_PASSWORD (temporal-sql-tool reads them itself).
set -eu

: "${SQL_HOST:?SQL_HOST is required}"
: "${SQL_USER:?SQL_USER is required}"
: "${SQL_PASSWORD:?SQL_PASSWORD is required}"
export SQL_PLUGIN="${SQL_PLUGIN:-postgres12}"
export SQL_PORT="${SQL_PORT:-5432}"
SCHEMA_ROOT="${TEMPORAL_SCHEMA_ROOT:-/etc/temporal/schema/postgresql/v12}"

attempt=1
until nc -z -w 5 "$SQL_HOST" "$SQL_PORT"; do
  if [ "$attempt" -ge 30 ]; then
    echo "temporal-schema: PostgreSQL at $SQL_HOST:$SQL_PORT did not answer" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 2
done

for store in temporal:temporal visibility:temporal_visibility; do
  schema="${store%%:*}"
  database="${store#*:}"
  echo "temporal-schema: $database <- $SCHEMA_ROOT/$schema/versioned"
  SQL_DATABASE="$database" temporal-sql-tool setup-schema -v 0.0
  SQL_DATABASE="$database" temporal-sql-tool update-schema --schema-dir "$SCHEMA_ROOT/$schema/versioned"
done

echo "temporal-schema: done"
